package com.ringbook.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.store.RevenueRepository;
import com.ringbook.store.RevenueRepository.Step;
import com.ringbook.store.Store;
import com.ringbook.store.contract.PgStores;
import com.ringbook.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RevenueFactsTest's mix (late replies, second calls, a text-back accepted twice, a burst, an opt-out...) written to
 * PostgreSQL and to SQLite gives the same figures and the same lists on both: SQLite's are tied to the statements
 * before the facts by RevenueFactsTest, so PostgreSQL's facts and its spelling of the statements are right too.
 */
class PgRevenueFactsTest {
    private static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z");

    @TempDir
    Path dir;

    private static <T> T read(Store store, Function<RevenueRepository, T> read) {
        return store.read(s -> read.apply(s.revenue()));
    }

    /** The same question to both stores, the same answer. */
    private static <T> void same(String what, Store pg, Store lite, Function<RevenueRepository, T> question) {
        Object onPostgres = read(pg, question);
        assertThat(onPostgres).as(what).isEqualTo(read(lite, question));
    }

    @Test
    void theMixGivesTheSameFiguresOnPostgresAsOnSqlite() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (Store pg = PgStores.forClass(PgRevenueFactsTest.class).openEmpty(clock);
             SqliteStore lite = new SqliteStore(dir.resolve("ringbook.db"), clock)) {
            new RevenueFactsTest().writeMix(pg);
            new RevenueFactsTest().writeMix(lite);
            List<Instant> bounds = RevenueFactsTest.bounds();
            Instant from = bounds.get(0);
            Instant to = bounds.get(bounds.size() - 1);
            Instant thisWeek = bounds.get(bounds.size() - 2);

            RevenueRepository.Weekly weekly = read(pg, r -> r.weekly(bounds));
            assertThat(weekly).isEqualTo(read(lite, r -> r.weekly(bounds)));
            // Not two empty answers: this week's calls as RevenueFactsTest counts them on SQLite.
            assertThat(weekly.conversations().get(3)).isEqualTo(new RevenueRepository.Conversations(7, 5, 3, 2, 1, 0, 1));
            assertThat(weekly.textSpeed().get(3)).isEqualTo(new RevenueRepository.TextSpeed(5, 180_000L, 420_000L));
            same("conversations", pg, lite, r -> r.conversations(bounds));
            same("bookings", pg, lite, r -> r.bookings(bounds));
            same("speed-to-text", pg, lite, r -> r.textSpeed(bounds));
            same("booked after a follow-up", pg, lite, r -> r.bookedAfterFollowUp(bounds));
            same("lost by reason", pg, lite, r -> r.lostByReason(from, to));
            for (Step step : Step.values()) {
                for (Instant start : List.of(from, thisWeek)) {
                    same(step + " from " + start, pg, lite, r -> r.behind(step, start, to, 500));
                }
            }
        }
    }
}
