package com.ringbook.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ringbook.store.contract.SqliteStores;
import com.ringbook.store.contract.StoreContract;
import com.ringbook.store.contract.Stores;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, and what only SQLite has: its write-ahead log's checkpoints, and a full disk. */
class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    protected Stores stores() {
        return new SqliteStores(dir);
    }

    @Test
    void writtenPagesReachTheDatabaseFileWithoutTheWriterCopyingThem() throws Exception {
        Path file = dir.resolve("ringbook.db");
        long before = java.nio.file.Files.size(file);
        for (int batch = 0; batch < 20; batch++) {
            int first = batch * 100;
            store.write(s -> {
                for (int i = first; i < first + 100; i++) {
                    add(s, "+1206555" + (1000 + i));
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
        long known = store.write(s -> add(s, "+12065559100")).join().orElseThrow();
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
            s.contacts().setName(known, "x".repeat(200_000));
            return null;
        });
        assertThatThrownBy(tooBig::join).hasMessageContaining("database or disk is full");

        List<CompletableFuture<OptionalLong>> next = inOneCommit(List.of(
                s -> add(s, "+12065559101"),
                s -> {
                    add(s, "+12065559102");
                    throw new IllegalStateException("half-way failure");
                }));

        assertThat(contact("+12065559100").orElseThrow().name()).as("nothing of the unit that hit the full disk").isNull();
        assertThat(next.get(0).join()).hasValue(contact("+12065559101").orElseThrow().id());
        assertThat(next.get(1)).isCompletedExceptionally();
        assertThat(contact("+12065559102")).as("a later half-done unit still leaves nothing").isEmpty();
    }
}
