package com.ringbook.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.TextBackDecision;
import com.ringbook.domain.TimeSlot;
import com.ringbook.store.FirstCallWriter;
import com.ringbook.store.RevenueRepository;
import com.ringbook.store.RevenueRepository.Step;
import com.ringbook.store.Store;
import com.ringbook.store.WriteSession;
import com.ringbook.store.sqlite.SqliteStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts V10 keeps as things happen (a call's text-back delay and whether it opened its thread; a thread's first
 * reply, staff text and offer) give exactly the figures the statements before them computed from messages and offers,
 * on a realistic mix; and V10's backfill of an older database writes the very facts the store keeps as it goes.
 */
class RevenueFactsTest {
    /** Wednesday noon in Chicago: this week began on Sunday the 22nd. */
    private static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z");
    private static final LocalDate THIS_WEEK = LocalDate.parse("2026-11-22");
    private static final LocalDate LAST_WEEK = THIS_WEEK.minusWeeks(1);

    @TempDir
    Path dir;
    private int sids;

    private static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(RevenueFixture.ZONE).toInstant();
    }

    private String sid() {
        return "MIX" + ++sids;
    }

    private static long threadOf(WriteSession s, String phone) {
        return s.threads().latestOf(s.contacts().byPhone(phone).orElseThrow().id()).orElseThrow().id();
    }

    /**
     * On top of the fixture (an edited job value, a cancelled job, a follow-up before a booking, a lost lead, a
     * withheld call, a staff phone, calls at 23:30 on the weeks' edges): a reply that came after its week ended, a
     * second call on an open thread, a call from a customer who texted first, a text-back accepted twice, one never
     * sent, a burst of first calls, a staff text with no stage change, an offer with none, a customer who texted STOP.
     */
    void writeMix(Store store) {
        RevenueFixture.write(store, NOW);
        store.write(s -> {
            long gus = threadOf(s, "+13125550107");
            s.messages().insertInbound(gus, sid(), "Sorry, only saw this now", at(THIS_WEEK.plusDays(1), 9, 0), true);

            long ann = threadOf(s, "+13125550101");
            long again = s.calls().insert(sid(), "+13125550101", s.contacts().byPhone("+13125550101").orElseThrow().id(), ann,
                    at(THIS_WEEK.plusDays(1), 11, 0), at(THIS_WEEK.plusDays(1), 11, 0), TextBackDecision.SEND_BUSINESS_HOURS)
                    .orElseThrow();
            OutboxItem againText = s.outbox().queue(ann, MessageKind.TEXT_BACK, "+13125550101", "Sorry we missed you", again,
                    at(THIS_WEEK.plusDays(1), 11, 0));
            s.outbox().recordAccepted(againText.id(), sid(), DeliveryStatus.SENT, at(THIS_WEEK.plusDays(1), 11, 1));
            // The carrier's answer was lost and the send tried again: the later acceptance is the one that stands.
            s.outbox().recordAccepted(againText.id(), sid(), DeliveryStatus.SENT, at(THIS_WEEK.plusDays(1), 11, 7));

            long ivy = threadOf(s, "+13125550109");
            s.calls().insert(sid(), "+13125550109", s.contacts().byPhone("+13125550109").orElseThrow().id(), ivy,
                    at(THIS_WEEK.plusDays(1), 12, 0), at(THIS_WEEK.plusDays(1), 12, 0), TextBackDecision.SKIP_WINDOW);

            List<Optional<FirstCallWriter.Opened>> burst = s.firstCalls().open(List.of(
                    new FirstCallWriter.FirstCall(sid(), "+13125550201", at(THIS_WEEK.plusDays(2), 8, 0),
                            TextBackDecision.SEND_BUSINESS_HOURS, "Sorry we missed you"),
                    new FirstCallWriter.FirstCall(sid(), "+13125550202", at(THIS_WEEK.plusDays(2), 8, 0),
                            TextBackDecision.SEND_BUSINESS_HOURS, "Sorry we missed you"),
                    new FirstCallWriter.FirstCall(sid(), "+13125550203", at(THIS_WEEK.plusDays(2), 8, 1),
                            TextBackDecision.SEND_AFTER_HOURS, "We're closed")), at(THIS_WEEK.plusDays(2), 8, 2));
            FirstCallWriter.Opened first = burst.get(0).orElseThrow();
            s.outbox().recordAccepted(first.textBack().id(), sid(), DeliveryStatus.SENT, at(THIS_WEEK.plusDays(2), 8, 3));
            FirstCallWriter.Opened second = burst.get(1).orElseThrow();
            s.outbox().recordAccepted(second.textBack().id(), sid(), DeliveryStatus.SENT, at(THIS_WEEK.plusDays(2), 8, 2));
            s.messages().insertInbound(second.threadId(), sid(), "Can you come today?", at(THIS_WEEK.plusDays(2), 8, 30), true);
            s.outbox().queue(second.threadId(), MessageKind.STAFF_REPLY, "+13125550202", "Which street?", null,
                    at(THIS_WEEK.plusDays(2), 8, 40));
            FirstCallWriter.Opened third = burst.get(2).orElseThrow();
            s.outbox().recordAccepted(third.textBack().id(), sid(), DeliveryStatus.SENT, at(THIS_WEEK.plusDays(2), 8, 5));
            Instant slot = at(THIS_WEEK.plusDays(4), 9, 0);
            s.offers().save(third.threadId(), "Repair", List.of(new TimeSlot(1, slot, slot.plus(Duration.ofHours(2)), slot,
                    slot.plus(Duration.ofHours(1)))), at(THIS_WEEK.plusDays(2), 9, 0));
            s.messages().insertInbound(third.threadId(), sid(), "STOP", at(THIS_WEEK.plusDays(2), 9, 5), false);
            s.threads().setStage(third.threadId(), Stage.OPTED_OUT, at(THIS_WEEK.plusDays(2), 9, 5));

            long never = s.threads().create(s.contacts().upsert("+13125550204", at(THIS_WEEK.plusDays(2), 10, 0)).id(),
                    at(THIS_WEEK.plusDays(2), 10, 0));
            long neverCall = s.calls().insert(sid(), "+13125550204", s.contacts().byPhone("+13125550204").orElseThrow().id(),
                    never, at(THIS_WEEK.plusDays(2), 9, 59), at(THIS_WEEK.plusDays(2), 10, 0), TextBackDecision.SEND_BUSINESS_HOURS)
                    .orElseThrow();
            s.outbox().queue(never, MessageKind.TEXT_BACK, "+13125550204", "Sorry we missed you", neverCall, at(THIS_WEEK.plusDays(2), 10, 0));
            return null;
        }).join();
    }

    static List<Instant> bounds() {
        Weeks weeks = new Weeks(RevenueFixture.ZONE, java.time.DayOfWeek.SUNDAY);
        return weeks.bounds(weeks.last(4, NOW));
    }

    private static <T> T revenue(SqliteStore store, java.util.function.Function<RevenueRepository, T> read) {
        return store.read(s -> read.apply(s.revenue()));
    }

    /** Every figure and list from the store against the statements before V10, on the same file. */
    private static void assertSameAsBefore(SqliteStore store, Path db) throws SQLException {
        List<Instant> bounds = bounds();
        Instant from = bounds.get(0);
        Instant to = bounds.get(bounds.size() - 1);
        Instant thisWeek = bounds.get(bounds.size() - 2);
        try (PreFactsRevenue before = new PreFactsRevenue(db)) {
            RevenueRepository.Weekly weekly = store.read(s -> s.revenue().weekly(bounds));
            assertThat(weekly).isEqualTo(before.weekly(bounds));
            List<RevenueRepository.Conversations> talks = revenue(store, r -> r.conversations(bounds));
            assertThat(talks).isEqualTo(before.conversations(bounds));
            List<RevenueRepository.Bookings> jobs = revenue(store, r -> r.bookings(bounds));
            assertThat(jobs).isEqualTo(before.bookings(bounds));
            List<RevenueRepository.TextSpeed> speed = revenue(store, r -> r.textSpeed(bounds));
            assertThat(speed).isEqualTo(before.textSpeed(bounds));
            Optional<List<Integer>> afterFollowUp = revenue(store, r -> r.bookedAfterFollowUp(bounds));
            assertThat(afterFollowUp).contains(before.bookedAfterFollowUp(bounds));
            java.util.Map<String, Integer> lost = revenue(store, r -> r.lostByReason(from, to));
            assertThat(lost).isEqualTo(before.lostByReason(from, to));
            for (Step step : Step.values()) {
                for (Instant start : List.of(from, thisWeek)) {
                    List<RevenueRepository.Behind> lines = revenue(store, r -> r.behind(step, start, to, 500));
                    assertThat(lines).as(step + " from " + start)
                            .isEqualTo(before.behind(step, start, to, 500));
                }
            }
        }
    }

    @Test
    void theFactsGiveTheSameFiguresAsTheStatementsBeforeThem() throws SQLException {
        Path db = dir.resolve("ringbook.db");
        try (SqliteStore store = new SqliteStore(db, Clock.fixed(NOW, ZoneOffset.UTC))) {
            writeMix(store);
            assertSameAsBefore(store, db);
            // The mix moved the figures the fixture's tests know: the comparison above is not of two empty answers.
            List<RevenueRepository.Conversations> talks = revenue(store, r -> r.conversations(bounds()));
            RevenueRepository.Conversations last = talks.get(2);
            RevenueRepository.Conversations now = talks.get(3);
            assertThat(last.replied()).as("Gus replied after his week ended: counted in his call's week").isEqualTo(4);
            assertThat(now).isEqualTo(new RevenueRepository.Conversations(7, 5, 3, 2, 1, 0, 1));
            RevenueRepository.TextSpeed speed = revenue(store, r -> r.textSpeed(bounds())).get(3);
            assertThat(speed).as("Hal 1 s, the burst 2, 3 and 4 min, Ann's second call 7 min (its later acceptance)")
                    .isEqualTo(new RevenueRepository.TextSpeed(5, 180_000L, 420_000L));
        }
    }

    @Test
    void theListBehindAfterAFollowUpIsTheJobsItsNumberCounts() {
        try (SqliteStore store = new SqliteStore(dir.resolve("ringbook.db"), Clock.fixed(NOW, ZoneOffset.UTC))) {
            RevenueFixture.write(store, NOW);
            Weeks weeks = Weeks.of(Settings.fromMap(store.read(s -> s.settings().all())));
            List<Instant> bounds = bounds();
            List<Integer> counted = revenue(store, r -> r.bookedAfterFollowUp(bounds)).orElseThrow();
            for (int i = 0; i < counted.size(); i++) {
                Instant from = bounds.get(i);
                Instant to = bounds.get(i + 1);
                List<RevenueRepository.Behind> lines = revenue(store, r -> r.behind(Step.AFTER_FOLLOW_UP, from, to, 500));
                assertThat(lines).hasSize(counted.get(i));
            }
            // Last week Ann and Bob booked; only Bob had been nudged first.
            List<RevenueRepository.Behind> bob = revenue(store, r -> r.behind(Step.AFTER_FOLLOW_UP, weeks.at(LAST_WEEK),
                    weeks.at(THIS_WEEK), 500));
            assertThat(bob)
                    .extracting(RevenueRepository.Behind::name, RevenueRepository.Behind::amount)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Bob", 350_00L));
        }
    }

    @Test
    void theMigrationsBackfillWritesTheFactsTheStoreKeepsAsItGoes() throws SQLException, IOException {
        Path db = dir.resolve("ringbook.db");
        try (SqliteStore store = new SqliteStore(db, Clock.fixed(NOW, ZoneOffset.UTC))) {
            writeMix(store);
        }
        List<List<Object>> kept;
        List<List<Object>> backfilled;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            kept = facts(s);
            // As a database written before V10 has them: no facts at all (nor V12's text-back times).
            s.executeUpdate("UPDATE threads SET replied_at = NULL, staff_texted_at = NULL, offered_at = NULL");
            s.executeUpdate("UPDATE calls SET opened_thread = 0, text_back_sent_at = NULL");
            List<String> updates = new ArrayList<>(backfill("V10__revenue_facts.sql", 2));
            updates.addAll(backfill("V12__text_back_on_call.sql", 1));
            for (String update : updates) {
                s.executeUpdate(update);
            }
            backfilled = facts(s);
        }
        assertThat(kept.stream().filter(row -> row.contains(1)).count()).as("some calls opened threads").isGreaterThan(5);
        assertThat(kept.stream().filter(row -> row.get(0).equals("c") && row.get(3) != null).count())
                .as("some calls' text-backs were accepted, as the store keeps them").isGreaterThan(5);
        assertThat(kept.stream().filter(row -> row.get(0).equals("c") && row.get(3) == null).count())
                .as("and some were not (withheld, staff, never sent)").isGreaterThan(1);
        assertThat(backfilled).isEqualTo(kept);
        try (SqliteStore store = new SqliteStore(db, Clock.fixed(NOW, ZoneOffset.UTC))) {
            assertSameAsBefore(store, db);
        }
    }

    private static List<List<Object>> facts(Statement s) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        for (String query : List.of("SELECT 't', id, replied_at, staff_texted_at, offered_at FROM threads ORDER BY id",
                "SELECT 'c', id, opened_thread, text_back_sent_at, NULL FROM calls ORDER BY id")) {
            try (ResultSet r = s.executeQuery(query)) {
                while (r.next()) {
                    rows.add(Arrays.asList(r.getString(1), r.getLong(2), r.getObject(3), r.getObject(4), r.getObject(5)));
                }
            }
        }
        return rows;
    }

    /** A migration's backfill (its UPDATE statements), as Flyway runs them on an older database. */
    private static List<String> backfill(String migration, int statements) throws IOException {
        String sql;
        try (InputStream in = RevenueFactsTest.class.getResourceAsStream("/db/migration/" + migration)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder code = new StringBuilder();
        sql.lines().filter(line -> !line.strip().startsWith("--")).forEach(line -> code.append(line).append('\n'));
        List<String> updates = Arrays.stream(code.toString().split(";")).map(String::strip)
                .filter(st -> st.startsWith("UPDATE")).toList();
        assertThat(updates).as(migration).hasSize(statements);
        return updates;
    }
}
