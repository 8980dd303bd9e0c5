package com.ringbook.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.Settings;
import com.ringbook.revenue.api.Figure;
import com.ringbook.revenue.api.Funnel;
import com.ringbook.revenue.api.Kpis;
import com.ringbook.revenue.api.RoiInputs;
import com.ringbook.revenue.api.WeekFigures;
import com.ringbook.store.RevenueRepository;
import com.ringbook.store.Store;
import com.ringbook.store.sqlite.SqliteStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every figure over the fixture's weeks, whose answers are known (see {@link RevenueFixture}). */
class RevenueFiguresTest {
    /** Wednesday noon in Chicago: this week began on Sunday the 22nd. */
    static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z");
    private static final LocalDate THIS_WEEK = LocalDate.parse("2026-11-22");
    private static final LocalDate LAST_WEEK = LocalDate.parse("2026-11-15");

    @TempDir
    static Path dir;
    /** Set by a subclass's own {@code fixture()} to run the same figures on another store. */
    static Store store;
    static Weeks weeks;

    @BeforeAll
    static void fixture() {
        store = new SqliteStore(dir.resolve("ringbook.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        RevenueFixture.write(store, NOW);
        weeks = Weeks.of(Settings.fromMap(store.read(s -> s.settings().all())));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<WeekFigures> lastWeeks(int n) {
        List<LocalDate> starts = weeks.last(n, NOW);
        return store.read(s -> RevenueFigures.weeks(s, weeks, starts));
    }

    private static List<RevenueRepository.Behind> behind(RevenueRepository.Step step, Instant from, Instant to) {
        return store.read(s -> s.revenue().behind(step, from, to, 50));
    }

    @Test
    void aUsBusinessWeeksBeginOnSundayInItsOwnZone() {
        assertThat(weeks.firstDay()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        assertThat(lastWeeks(4)).extracting(WeekFigures::weekStart)
                .containsExactly(THIS_WEEK.minusWeeks(3), THIS_WEEK.minusWeeks(2), LAST_WEEK, THIS_WEEK);
    }

    @Test
    void lastWeeksCallsTextBacksRepliesOffersAndBookingsAreCountedOnceEach() {
        WeekFigures last = lastWeeks(2).get(0);
        assertThat(last.weekStart()).isEqualTo(LAST_WEEK);
        // The withheld number counts as missed; the staff phone does not; Gus's Saturday 23:30 call is last week's.
        assertThat(last.missed()).isEqualTo(6);
        assertThat(last.texted()).isEqualTo(5);
        assertThat(last.replied()).isEqualTo(3);
        assertThat(last.qualified()).isEqualTo(3);
        assertThat(last.offered()).isEqualTo(2);
        assertThat(last.lost()).isEqualTo(1);
        assertThat(last.optedOut()).isZero();
    }

    @Test
    void recoveredRevenueIsTheStandingJobsAtTheirEditedValueAndLeavesTheCancelledOneOut() {
        WeekFigures last = lastWeeks(2).get(0);
        // Ann $400 + Bob $300 edited to $350; Cal's $500 was cancelled.
        assertThat(last.booked()).isEqualTo(2);
        assertThat(last.recoveredCents()).isEqualTo(750_00);
    }

    @Test
    void speedToTextIsTheMedianAndP90OfTheWeeksTextBacks() {
        WeekFigures last = lastWeeks(2).get(0);
        // 2, 3, 4, 6, 10 seconds.
        assertThat(last.medianTextBack()).contains(Duration.ofSeconds(4));
        assertThat(last.p90TextBack()).contains(Duration.ofSeconds(10));
    }

    @Test
    void aCallAt2330OnSundayInTheBusinessZoneBelongsToTheWeekThatSundayBegins() {
        WeekFigures now = lastWeeks(1).get(0);
        // Hal, Sunday 23:30 Chicago (Monday 05:30 UTC); Ivy texted first, so her $900 job is not recovered revenue.
        assertThat(now.weekStart()).isEqualTo(THIS_WEEK);
        assertThat(now.missed()).isEqualTo(1);
        assertThat(now.texted()).isEqualTo(1);
        assertThat(now.replied()).isEqualTo(1);
        assertThat(now.qualified()).isEqualTo(1);
        assertThat(now.offered()).isZero();
        assertThat(now.booked()).isEqualTo(1);
        assertThat(now.recoveredCents()).isEqualTo(200_00);
        assertThat(now.medianTextBack()).contains(Duration.ofSeconds(1));
        assertThat(now.p90TextBack()).contains(Duration.ofSeconds(1));
    }

    @Test
    void weeksWithNoCallsAreZerosWithNoSpeedToText() {
        List<WeekFigures> quiet = lastWeeks(4).subList(0, 2);
        assertThat(quiet).allSatisfy(w -> {
            assertThat(w.missed()).isZero();
            assertThat(w.texted()).isZero();
            assertThat(w.booked()).isZero();
            assertThat(w.recoveredCents()).isZero();
            assertThat(w.medianTextBack()).isEmpty();
            assertThat(w.p90TextBack()).isEmpty();
        });
    }

    @Test
    void theFunnelAddsUpTheRangeAndSaysWhereLeadsWereLost() {
        List<WeekFigures> range = lastWeeks(3);
        Funnel funnel = store.read(s -> RevenueFigures.funnel(s, weeks, range));
        assertThat(funnel.steps()).extracting(Funnel.Step::figure, Funnel.Step::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Figure.MISSED, 7), org.assertj.core.groups.Tuple.tuple(Figure.TEXTED, 6),
                org.assertj.core.groups.Tuple.tuple(Figure.REPLIED, 4), org.assertj.core.groups.Tuple.tuple(Figure.QUALIFIED, 4),
                org.assertj.core.groups.Tuple.tuple(Figure.OFFERED, 2), org.assertj.core.groups.Tuple.tuple(Figure.BOOKED, 3));
        // Dee went elsewhere, in the words staff picked.
        assertThat(funnel.lostByReason()).isEqualTo(Map.of("Went elsewhere", 1));
        assertThat(funnel.percentOfMissed(funnel.steps().get(5))).hasValue(43);
    }

    @Test
    void theTilesAreThisWeeksFiguresAndTheRangesFullWeeksCarriedOverAYear() {
        Kpis kpis = RevenueFigures.kpis(lastWeeks(3));
        assertThat(kpis.thisWeek().weekStart()).isEqualTo(THIS_WEEK);
        assertThat(kpis.recoveryPercent()).hasValue(100);
        assertThat(kpis.replyPercent()).hasValue(100);
        // Two full weeks, $0 and $750: $375 a week, $19,500 a year.
        assertThat(kpis.annualisedCents()).isEqualTo(19_500_00);
    }

    @Test
    void theRoiCalculatorStartsFromTheLastFourFullWeeks() {
        List<WeekFigures> five = lastWeeks(5);
        Optional<RoiInputs> own = RevenueFigures.roiFrom(five.subList(0, 4));
        assertThat(own).isPresent();
        assertThat(own.get().missedPerWeek()).isEqualByComparingTo("1.5");
        assertThat(own.get().recoveredPerWeek()).isEqualByComparingTo("0.5");
        assertThat(own.get().jobValueCents()).isEqualTo(375_00);
        assertThat(RevenueFigures.roiFrom(five.subList(0, 2))).as("weeks without a call: the playbook's example").isEmpty();
    }

    @Test
    void aBookingAfterAFollowUpCountsInTheWeekItWasBooked() {
        // Bob was nudged after his offer and booked the next day; Ann and Hal were not nudged; Cal's job was cancelled.
        assertThat(lastWeeks(2)).extracting(w -> w.afterFollowUp().orElseThrow()).containsExactly(1, 0);
    }

    @Test
    void everyNumberListsTheCallsLeadsAndJobsBehindIt() {
        Instant from = weeks.at(LAST_WEEK);
        Instant to = weeks.at(THIS_WEEK);
        List<RevenueRepository.Behind> booked = behind(RevenueRepository.Step.BOOKED, from, to);
        assertThat(booked).extracting(RevenueRepository.Behind::name, RevenueRepository.Behind::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bob", 350_00L), org.assertj.core.groups.Tuple.tuple("Ann", 400_00L));
        List<RevenueRepository.Behind> missed = behind(RevenueRepository.Step.MISSED, from, to);
        assertThat(missed).extracting(RevenueRepository.Behind::name)
                .containsExactly("Gus", null, "Dee", "Cal", "Bob", "Ann");
        assertThat(missed.get(1).threadId()).as("the withheld call opened no thread").isNull();
        List<RevenueRepository.Behind> texted = behind(RevenueRepository.Step.TEXTED, from, to);
        assertThat(texted).extracting(RevenueRepository.Behind::amount).containsExactly(3_000L, 6_000L, 10_000L, 4_000L, 2_000L);
        for (RevenueRepository.Step step : List.of(RevenueRepository.Step.REPLIED, RevenueRepository.Step.QUALIFIED)) {
            assertThat(behind(step, from, to)).extracting(RevenueRepository.Behind::name)
                    .as(step.name()).containsExactly("Cal", "Bob", "Ann");
        }
        assertThat(behind(RevenueRepository.Step.OFFERED, from, to))
                .extracting(RevenueRepository.Behind::name).containsExactly("Bob", "Ann");
        assertThat(behind(RevenueRepository.Step.LOST, from, to))
                .extracting(RevenueRepository.Behind::name).containsExactly("Dee");
    }

    @Test
    void theReportTableHasExactlyItsColumnsOldestWeekFirst() {
        assertThat(ReportCsv.write(lastWeeks(3))).isEqualTo(
                "week_start,missed,texted,replied,offered,booked,recovered_revenue,median_text_back_s,p90_text_back_s\r\n"
                        + "2026-11-08,0,0,0,0,0,0.00,,\r\n"
                        + "2026-11-15,6,5,3,2,2,750.00,4.0,10.0\r\n"
                        + "2026-11-22,1,1,1,0,1,200.00,1.0,1.0\r\n");
    }

    @Test
    void thePlaybooksExampleComesOutRight() {
        com.ringbook.revenue.api.Roi roi = com.ringbook.revenue.api.Roi.of(RoiInputs.PLAYBOOK);
        assertThat(roi.weeklyCents()).isEqualTo(1_600_00);
        assertThat(roi.yearlyCents()).isEqualTo(83_200_00);
        assertThat(roi.monthlyCents()).isEqualTo(6_933_33);
        assertThat(RoiInputs.PLAYBOOK.recoveryPercent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("50"));
        assertThat(RoiInputs.PLAYBOOK.withRecoveryPercent(new BigDecimal("25")).recoveredPerWeek()).isEqualByComparingTo("2");
    }
}
