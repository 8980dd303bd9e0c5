package com.ringbook.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ringbook.domain.Contact;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.OutboxItem;
import com.ringbook.store.OutboxRepository.Sendability;
import com.ringbook.store.Store;
import com.ringbook.store.StoreException;
import com.ringbook.store.WriteSession;
import com.ringbook.store.WriterHold;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Units of work that share one commit: each lands or fails on its own; urgent work first; a database keeps its
 * identity. Every store keeps this contract (one subclass per store).
 */
public abstract class StoreContract {
    protected static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");

    protected Store store;

    /** The store under test. */
    protected abstract Stores stores();

    @BeforeEach
    void open() {
        store = stores().openEmpty(Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Holds the writer, so that what is queued meanwhile shares the next commit. */
    protected WriterHold holdWriter() throws InterruptedException {
        WriterHold hold = WriterHold.queue(store);
        assertThat(hold.awaitHeld()).isTrue();
        return hold;
    }

    /** Queues the units while the writer is held, so that they share one transaction. */
    protected List<CompletableFuture<OptionalLong>> inOneCommit(List<Function<WriteSession, OptionalLong>> units)
            throws InterruptedException {
        WriterHold release = holdWriter();
        List<CompletableFuture<OptionalLong>> results = units.stream().map(store::write).toList();
        release.release();
        CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return results;
    }

    protected static OptionalLong add(WriteSession s, String phone) {
        return OptionalLong.of(s.contacts().upsert(phone, NOW).id());
    }

    private Sendability sendability(long outboxId, Instant at) {
        return store.read(s -> s.outbox().sendability(outboxId, at));
    }

    protected Optional<Contact> contact(String phone) {
        return store.read(s -> s.contacts().byPhone(phone));
    }

    @Test
    void aUnitThatFailsAfterWritingLeavesNothingAndTakesNothingElseWithIt() throws Exception {
        AtomicInteger firstRuns = new AtomicInteger();
        List<CompletableFuture<OptionalLong>> results = inOneCommit(List.of(
                s -> {
                    firstRuns.incrementAndGet();
                    return add(s, "+12065550101");
                },
                s -> {
                    add(s, "+12065550102");
                    throw new IllegalStateException("half-way failure");
                },
                s -> add(s, "+12065550103")));

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
                    return add(s, "+12065550111");
                },
                s -> {
                    if (s.contacts().byPhone("+12065550199").isEmpty()) {
                        throw new IllegalArgumentException("no such contact");
                    }
                    return OptionalLong.empty();
                },
                s -> add(s, "+12065550113")));

        assertThat(contact("+12065550111")).isPresent();
        assertThat(contact("+12065550113")).isPresent();
        assertThatThrownBy(results.get(1)::join).hasRootCauseMessage("no such contact");
        assertThat(firstRuns).as("nothing to undo, so nothing replayed").hasValue(1);
    }

    @Test
    void aFailedStatementFailsOnlyItsUnit() throws Exception {
        List<CompletableFuture<OptionalLong>> results = inOneCommit(List.of(
                s -> add(s, "+12065550121"),
                s -> {
                    add(s, "+12065550122");
                    // Unknown contact: the foreign key refuses the thread.
                    return OptionalLong.of(s.threads().create(987_654, NOW));
                },
                s -> add(s, "+12065550123")));

        assertThat(results.get(1)).isCompletedExceptionally();
        assertThat(contact("+12065550122")).isEmpty();
        assertThat(results.get(0).join()).isPresent();
        assertThat(results.get(2).join()).isPresent();
        assertThat(contact("+12065550121")).isPresent();
        assertThat(contact("+12065550123")).isPresent();
    }

    @Test
    void aReadCannotWrite() {
        // Reads hand out the read repositories only; even forced, the connection under them refuses a write.
        assertThatThrownBy(() -> store.read(s -> ((WriteSession) s).contacts().upsert("+12065550131", NOW)))
                .isInstanceOf(StoreException.class);
        assertThat(contact("+12065550131")).isEmpty();
    }

    @Test
    void aTextWithARetryBookedForLaterIsNotSendableBeforeThen() {
        OutboxItem text = store.write(s -> {
            long contact = add(s, "+12065559200").orElseThrow();
            long thread = s.threads().create(contact, NOW);
            return s.outbox().queue(thread, MessageKind.STAFF_REPLY, "+12065559200", "On our way",
                    null, NOW);
        }).join();
        assertThat(sendability(text.id(), NOW)).isEqualTo(Sendability.SEND);

        store.write(s -> {
            s.outbox().recordRetry(text.id(), "Twilio asked to slow down", NOW.plusSeconds(30), false);
            return null;
        }).join();

        // A copy of the row read before the retry was booked must not jump the queue.
        assertThat(sendability(text.id(), NOW.plusSeconds(29)))
                .isEqualTo(Sendability.NOT_DUE);
        assertThat(sendability(text.id(), NOW.plusSeconds(30)))
                .isEqualTo(Sendability.SEND);
    }

    /** Adds each input as a contact, refusing the whole batch if any input is "bad"; notes each call's size. */
    private static final class AddContacts implements Store.BatchWork<String, Long> {
        final List<Integer> calls = new CopyOnWriteArrayList<>();

        @Override
        public List<Long> apply(WriteSession session, List<String> phones) {
            calls.add(phones.size());
            List<Long> ids = new ArrayList<>();
            for (String phone : phones) {
                if (phone.equals("bad")) {
                    throw new IllegalArgumentException("not a phone number");
                }
                ids.add(session.contacts().upsert(phone, NOW).id());
            }
            return ids;
        }
    }

    private List<CompletableFuture<Long>> addAll(AddContacts work, String... phones) {
        return List.of(phones).stream().map(p -> store.write(Store.Priority.URGENT, work, p)).toList();
    }

    @Test
    void aDatabaseKeepsItsInstanceIdAcrossRestartsAndAnotherDatabaseHasItsOwn() {
        String id = store.instanceId();
        assertThat(id).matches("[0-9a-f]{16}");
        store.close();
        store = stores().reopen(Clock.systemUTC());
        assertThat(store.instanceId()).isEqualTo(id);
        try (Store other = stores().openOther(Clock.systemUTC())) {
            assertThat(other.instanceId()).isNotEqualTo(id);
        }
    }

    @Test
    void inputsQueuedTogetherForOneWorkRunInOneCallAndEachGetsItsOwnResult() throws Exception {
        AddContacts addContacts = new AddContacts();
        WriterHold release = holdWriter();
        List<CompletableFuture<Long>> first = addAll(addContacts, "+12065550301", "+12065550302", "+12065550303");
        CompletableFuture<OptionalLong> between = store.write(s -> add(s, "+12065550304"));
        CompletableFuture<Long> after = store.write(Store.Priority.URGENT, addContacts, "+12065550305");
        release.release();

        assertThat(first.get(0).join()).isEqualTo(contact("+12065550301").orElseThrow().id());
        assertThat(first.get(2).join()).isEqualTo(contact("+12065550303").orElseThrow().id());
        assertThat(after.join()).isEqualTo(contact("+12065550305").orElseThrow().id());
        assertThat(between.join()).isPresent();
        // Only inputs next to each other in the queue go together: what was queued in between keeps its place.
        assertThat(addContacts.calls).containsExactly(3, 1);
    }

    @Test
    void aBatchThatFailsIsRunAgainOneInputAtATimeSoOnlyTheBadInputFails() throws Exception {
        AddContacts addContacts = new AddContacts();
        WriterHold release = holdWriter();
        List<CompletableFuture<Long>> results = addAll(addContacts, "+12065550311", "bad", "+12065550313");
        release.release();
        CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();

        assertThat(results.get(0).join()).isEqualTo(contact("+12065550311").orElseThrow().id());
        assertThat(results.get(2).join()).isEqualTo(contact("+12065550313").orElseThrow().id());
        assertThatThrownBy(results.get(1)::join).hasRootCauseMessage("not a phone number");
        assertThat(addContacts.calls).containsExactly(3, 1, 1, 1);
    }

    @Test
    void urgentWorkQueuedBehindBackgroundWorkLandsFirst() throws Exception {
        List<String> landed = new CopyOnWriteArrayList<>();
        WriterHold release = holdWriter();
        CompletableFuture<Object> bookkeeping = store.write(Store.Priority.BACKGROUND, s -> landed.add("delivery report"));
        CompletableFuture<Object> call = store.write(Store.Priority.URGENT, s -> landed.add("missed call"));
        release.release();
        CompletableFuture.allOf(bookkeeping, call).join();

        assertThat(landed).containsExactly("missed call", "delivery report");
    }

    @Test
    void backgroundWorkThatWaitedTooLongGetsRoomInTheNextCommitHoweverMuchUrgentWorkIsQueued() throws Exception {
        List<String> landed = new CopyOnWriteArrayList<>();
        WriterHold release = holdWriter();
        CompletableFuture<Object> bookkeeping = store.write(Store.Priority.BACKGROUND, s -> landed.add("delivery report"));
        Thread.sleep(150);
        // More urgent work than one commit takes: without room of its own the report would wait for all of it.
        List<CompletableFuture<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            int n = i;
            calls.add(store.write(s -> landed.add("call " + n)));
        }
        release.release();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        bookkeeping.join();

        assertThat(landed.indexOf("delivery report")).as("landed in the first commit after the wait")
                .isLessThan(2_048);
        assertThat(landed.indexOf("call 0")).as("urgent work still goes first").isZero();
    }
}
