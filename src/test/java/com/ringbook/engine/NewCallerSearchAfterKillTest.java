package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.ThreadSummary;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killed (as with kill -9) after a burst's calls were saved and before their numbers went into the search
 * index: on the next start every one of those callers is found by number, before anything else happens.
 */
class NewCallerSearchAfterKillTest {
    @TempDir
    Path dir;

    @Test
    void callersWhoseIndexWriteAKillLostAreFoundByNumberAfterRestart() throws Exception {
        Process crashing = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                // Dies the moment the carrier accepts the first text-back: the burst is saved, its index write not yet.
                CrashDuringBurst.class.getName(), dir.toString(), "200", "1")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.out").toFile())
                .start();
        assertThat(crashing.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(crashing.exitValue()).as("the child died mid-burst").isEqualTo(137);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ringbook.db"));
             var s = c.createStatement();
             var r = s.executeQuery("SELECT count(*) FROM contacts WHERE id NOT IN (SELECT rowid FROM contact_search)")) {
            assertThat(r.getInt(1)).as("callers the kill left out of the search index").isPositive();
        }

        try (EngineHarness restarted = new EngineHarness(dir, Clock.systemUTC())) {
            List<ThreadSummary> threads = restarted.inbox();
            assertThat(threads).isNotEmpty();
            for (ThreadSummary thread : threads) {
                // As the receptionist types it: "(206) 551-0042".
                String typed = "(" + thread.phone().substring(2, 5) + ") " + thread.phone().substring(5, 8) + "-"
                        + thread.phone().substring(8);
                assertThat(restarted.engine.conversations()
                        .inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, typed)).join())
                        .as(typed).extracting(ThreadSummary::id).containsExactly(thread.id());
            }
        }
    }
}
