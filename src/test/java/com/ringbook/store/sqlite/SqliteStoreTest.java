package com.ringbook.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ringbook.domain.Contact;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.OutboxItem;
import com.ringbook.store.ReadSession.Sendability;
import com.ringbook.store.WriteSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Units of work that share one commit: each lands or fails on its own. */
class SqliteStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");

    @TempDir
    Path dir;
    private SqliteStore store;

    @BeforeEach
    void open() {
        store = new SqliteStore(dir.resolve("ringbook.db"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Queues the units while the writer is held, so that they share one transaction. */
    private List<CompletableFuture<OptionalLong>> inOneCommit(List<Function<WriteSession, OptionalLong>> units)
            throws InterruptedException {
        CountDownLatch writerBusy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> holder = store.write(s -> {
            writerBusy.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        assertThat(writerBusy.await(5, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<OptionalLong>> results = units.stream().map(store::write).toList();
        release.countDown();
        holder.join();
        CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return results;
    }

    private Sendability sendability(long outboxId, Instant at) {
        return store.read(s -> s.sendability(outboxId, at));
    }

    private Optional<Contact> contact(String phone) {
        return store.read(s -> s.contactByPhone(phone));
    }

    @Test
    void aUnitThatFailsAfterWritingLeavesNothingAndTakesNothingElseWithIt() throws Exception {
        AtomicInteger firstRuns = new AtomicInteger();
        List<CompletableFuture<OptionalLong>> results = inOneCommit(List.of(
                s -> {
                    firstRuns.incrementAndGet();
                    return s.insertContact("+12065550101", NOW, null);
                },
                s -> {
                    s.insertContact("+12065550102", NOW, null);
                    throw new IllegalStateException("half-way failure");
                },
                s -> s.insertContact("+12065550103", NOW, null)));

        assertThat(contact("+12065550101")).isPresent();
        assertThat(contact("+12065550102")).isEmpty();
        assertThat(contact("+12065550103")).isPresent();
        assertThatThrownBy(results.get(1)::join).isInstanceOf(CompletionException.class)
                .hasRootCauseMessage("half-way failure");
        // The shared transaction was replayed without the failed unit; what the others returned is what landed.
        assertThat(firstRuns).hasValue(2);
        assertThat(results.get(0).join()).hasValue(contact("+12065550101").orElseThrow().id());
        assertThat(results.get(2).join()).hasValue(contact("+12065550103").orElseThrow().id());
    }

    @Test
    void aUnitThatFailsBeforeWritingIsSimplyRefused() throws Exception {
        AtomicInteger firstRuns = new AtomicInteger();
        List<CompletableFuture<OptionalLong>> results = inOneCommit(List.of(
                s -> {
                    firstRuns.incrementAndGet();
                    return s.insertContact("+12065550111", NOW, null);
                },
                s -> {
                    if (s.contactByPhone("+12065550199").isEmpty()) {
                        throw new IllegalArgumentException("no such contact");
                    }
                    return OptionalLong.empty();
                },
                s -> s.insertContact("+12065550113", NOW, null)));

        assertThat(contact("+12065550111")).isPresent();
        assertThat(contact("+12065550113")).isPresent();
        assertThatThrownBy(results.get(1)::join).hasRootCauseMessage("no such contact");
        assertThat(firstRuns).as("nothing to undo, so nothing replayed").hasValue(1);
    }

    @Test
    void aFailedStatementFailsOnlyItsUnit() throws Exception {
        List<CompletableFuture<OptionalLong>> results = inOneCommit(List.of(
                s -> s.insertContact("+12065550121", NOW, null),
                s -> {
                    s.insertContact("+12065550122", NOW, null);
                    // Unknown contact: the foreign key refuses the thread.
                    return OptionalLong.of(s.createThread(987_654, NOW, "orphan"));
                },
                s -> s.insertContact("+12065550123", NOW, null)));

        assertThat(results.get(1)).isCompletedExceptionally();
        assertThat(contact("+12065550122")).isEmpty();
        assertThat(results.get(0).join()).isPresent();
        assertThat(results.get(2).join()).isPresent();
        assertThat(contact("+12065550121")).isPresent();
        assertThat(contact("+12065550123")).isPresent();
    }

    @Test
    void writtenPagesReachTheDatabaseFileWithoutTheWriterCopyingThem() throws Exception {
        Path file = dir.resolve("ringbook.db");
        long before = java.nio.file.Files.size(file);
        for (int batch = 0; batch < 20; batch++) {
            int first = batch * 100;
            store.write(s -> {
                for (int i = first; i < first + 100; i++) {
                    s.insertContact("+1206555" + (1000 + i), NOW, null);
                }
                return null;
            }).join();
        }
        // The writer never checkpoints; the background checkpoint copies the log into the file.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> java.nio.file.Files.size(file) > before + 32 * 1024);
        assertThat(contact("+12065552999")).isPresent();
    }

    @Test
    void afterTheDiskFillsEachUnitIsStillAllOrNothingAndSaysTruthfullyWhetherItLanded() throws Exception {
        long known = store.write(s -> s.insertContact("+12065559100", NOW, null)).join().orElseThrow();
        // Cap the file at its present size on the writer's connection: what a full disk does to SQLite.
        store.write(s -> {
            try (var statement = ((SqliteSession) s).connection().createStatement();
                 var pages = statement.executeQuery("PRAGMA page_count")) {
                pages.next();
                statement.execute("PRAGMA max_page_count = " + pages.getLong(1));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        }).join();
        // A one-row write that needs new pages: SQLite answers SQLITE_FULL and rolls back the whole transaction.
        CompletableFuture<Object> tooBig = store.write(s -> {
            s.setContactName(known, "x".repeat(200_000));
            return null;
        });
        assertThatThrownBy(tooBig::join).hasMessageContaining("database or disk is full");

        List<CompletableFuture<OptionalLong>> next = inOneCommit(List.of(
                s -> s.insertContact("+12065559101", NOW, null),
                s -> {
                    s.insertContact("+12065559102", NOW, null);
                    throw new IllegalStateException("half-way failure");
                }));

        assertThat(contact("+12065559100").orElseThrow().name()).as("nothing of the unit that hit the full disk").isNull();
        assertThat(next.get(0).join()).hasValue(contact("+12065559101").orElseThrow().id());
        assertThat(next.get(1)).isCompletedExceptionally();
        assertThat(contact("+12065559102")).as("a later half-done unit still leaves nothing").isEmpty();
    }

    @Test
    void aTextWithARetryBookedForLaterIsNotSendableBeforeThen() {
        OutboxItem text = store.write(s -> {
            long contact = s.insertContact("+12065559200", NOW, null).orElseThrow();
            long thread = s.createThread(contact, NOW, null);
            return s.queueOutbound(thread, MessageKind.STAFF_REPLY, "+12065559200", "On our way",
                    null, NOW);
        }).join();
        assertThat(sendability(text.id(), NOW)).isEqualTo(Sendability.SEND);

        store.write(s -> {
            s.recordRetry(text.id(), "Twilio asked to slow down", NOW.plusSeconds(30), false);
            return null;
        }).join();

        // A copy of the row read before the retry was booked must not jump the queue.
        assertThat(sendability(text.id(), NOW.plusSeconds(29)))
                .isEqualTo(Sendability.NOT_DUE);
        assertThat(sendability(text.id(), NOW.plusSeconds(30)))
                .isEqualTo(Sendability.SEND);
    }
}
