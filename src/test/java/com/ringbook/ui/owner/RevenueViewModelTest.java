package com.ringbook.ui.owner;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.engine.api.RequestRefused;
import com.ringbook.revenue.api.BehindLine;
import com.ringbook.revenue.api.Figure;
import com.ringbook.revenue.api.Funnel;
import com.ringbook.revenue.api.Kpis;
import com.ringbook.revenue.api.RevenueOverview;
import com.ringbook.revenue.api.RevenueService;
import com.ringbook.revenue.api.RoiInputs;
import com.ringbook.revenue.api.WeekFigures;
import com.ringbook.ui.common.SameThreadUi;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The Revenue screen's view model without a toolkit, over a service that answers at once. */
class RevenueViewModelTest {
    private static final LocalDate WEEK = LocalDate.parse("2026-11-22");

    private final List<Long> opened = new ArrayList<>();
    private final FakeRevenue service = new FakeRevenue();
    private final RevenueViewModel model = new RevenueViewModel(service, new SameThreadUi(), () -> ZoneId.of("America/Chicago"),
            opened::add);

    private static WeekFigures week(LocalDate start, int missed, int booked, long cents) {
        return new WeekFigures(start, missed, missed, 1, 1, 1, booked, cents, Optional.of(Duration.ofMillis(1_500)),
                Optional.of(Duration.ofSeconds(42)), 0, 0, Optional.empty());
    }

    private final class FakeRevenue implements RevenueService {
        String region = "US";
        boolean fromData;
        int asked;
        Optional<Integer> afterFollowUp = Optional.empty();
        final List<Figure> listed = new ArrayList<>();

        @Override
        public CompletableFuture<RevenueOverview> overview(int weeks) {
            asked = weeks;
            WeekFigures w = week(WEEK, 4, 2, 800_00);
            WeekFigures now = new WeekFigures(w.weekStart(), w.missed(), w.texted(), w.replied(), w.qualified(), w.offered(),
                    w.booked(), w.recoveredCents(), w.medianTextBack(), w.p90TextBack(), w.lost(), w.optedOut(), afterFollowUp);
            List<WeekFigures> all = List.of(week(WEEK.minusWeeks(1), 0, 0, 0), now);
            Funnel funnel = new Funnel(List.of(new Funnel.Step(Figure.MISSED, 4), new Funnel.Step(Figure.TEXTED, 4),
                    new Funnel.Step(Figure.REPLIED, 2), new Funnel.Step(Figure.QUALIFIED, 2), new Funnel.Step(Figure.OFFERED, 2),
                    new Funnel.Step(Figure.BOOKED, 2)), Map.of("not recorded", 1), 0);
            return CompletableFuture.completedFuture(new RevenueOverview(all, funnel,
                    new Kpis(now, OptionalInt.of(50), OptionalInt.empty(), 41_600_00), RoiInputs.PLAYBOOK, fromData, region));
        }

        @Override
        public CompletableFuture<List<BehindLine>> behind(Figure figure, LocalDate from, LocalDate toExclusive) {
            listed.add(figure);
            return CompletableFuture.completedFuture(List.of(
                    new BehindLine(Optional.of(7L), Optional.of("Ann"), "+13125550101", Instant.parse("2026-11-23T16:00:00Z"),
                            Optional.of(400_00L)),
                    new BehindLine(Optional.empty(), Optional.empty(), "withheld", Instant.parse("2026-11-23T17:00:00Z"),
                            Optional.empty())));
        }

        @Override
        public CompletableFuture<String> exportCsv(int weeks, Path file) {
            return CompletableFuture.failedFuture(new RequestRefused("Could not write x.csv: it is read-only."));
        }

        @Override
        public CompletableFuture<String> exportPng(int width, int height, int[] argb, Path file) {
            return CompletableFuture.completedFuture("Chart saved as " + file.getFileName() + ".");
        }
    }

    private String tile(String id) {
        return model.tiles().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().value();
    }

    @Test
    void theTilesSayThisWeeksFiguresInTheBusinesssCurrency() {
        model.load();
        assertThat(service.asked).isEqualTo(12);
        assertThat(tile("tileMissed")).isEqualTo("4");
        assertThat(tile("tileRecoveredRevenue")).isEqualTo("$800");
        assertThat(tile("tileRecoveryRate")).isEqualTo("50%");
        assertThat(tile("tileReplyRate")).isEqualTo("—");
        assertThat(tile("tileAnnualised")).isEqualTo("$41,600");
        assertThat(tile("tileMedian")).isEqualTo("1.5 s");
        assertThat(tile("tileP90")).isEqualTo("42 s");
        assertThat(tile("tileFollowUp")).isEqualTo("—");
        assertThat(model.funnel()).extracting(FunnelRow::share).containsExactly("100%", "100%", "50%", "50%", "50%", "50%");
        assertThat(model.lost()).containsExactly("Lost, not recorded: 1", "Texted STOP: 0");

        service.region = "GB";
        model.load();
        assertThat(tile("tileRecoveredRevenue")).isEqualTo("£800");
    }

    @Test
    void withoutDataTheCalculatorShowsThePlaybooksExampleAndRecomputesAsTyped() {
        model.load();
        RoiViewModel roi = model.roi();
        assertThat(roi.sourceProperty().get()).startsWith("The playbook's example");
        assertThat(roi.weeklyProperty().get()).isEqualTo("$1,600");
        assertThat(roi.yearlyProperty().get()).isEqualTo("$83,200");
        assertThat(roi.monthlyProperty().get()).isEqualTo("$6,933.33");
        assertThat(roi.rateProperty().get()).isEqualTo("50");
        assertThat(roi.ringbookPaybackProperty().get()).isEqualTo("a month's fee is paid by 0.5 days of recovered jobs");

        roi.rateProperty().set("75");
        assertThat(roi.recoveredProperty().get()).isEqualTo("6");
        assertThat(roi.weeklyProperty().get()).isEqualTo("$2,400");

        roi.jobValueProperty().set("four hundred");
        assertThat(roi.problemProperty().get()).contains("\"four hundred\" is not an amount of money");
        assertThat(roi.weeklyProperty().get()).as("the last good figures stand").isEqualTo("$2,400");

        roi.jobValueProperty().set("400");
        roi.recoveredProperty().set("9");
        assertThat(roi.problemProperty().get()).contains("More calls recovered than missed");

        model.load();
        assertThat(roi.recoveredProperty().get()).as("the owner's numbers are kept on reload").isEqualTo("9");
    }

    @Test
    void aNumberListsWhatIsBehindItAndALineOpensItsConversation() {
        model.load();
        model.open(model.tiles().get(2));
        assertThat(model.behindOpenProperty().get()).isTrue();
        assertThat(model.behindTitleProperty().get()).isEqualTo("Recovered revenue · Nov 22 – Nov 28 · 2 lines");
        assertThat(model.behind()).extracting(BehindRow::who).containsExactly("Ann", "Unknown caller");
        assertThat(model.behind().get(0).detail()).isEqualTo("$400");
        assertThat(model.behind().get(0).when()).isEqualTo("Mon Nov 23, 10:00 AM");

        model.openConversation(model.behind().get(1));
        assertThat(opened).as("a withheld call opened no conversation").isEmpty();
        model.openConversation(model.behind().get(0));
        assertThat(opened).containsExactly(7L);
    }

    @Test
    void theFollowUpTileListsOnlyTheJobsBookedAfterAFollowUp() {
        service.afterFollowUp = Optional.of(1);
        model.load();
        Tile followUp = model.tiles().stream().filter(t -> t.id().equals("tileFollowUp")).findFirst().orElseThrow();
        assertThat(followUp.value()).isEqualTo("1");
        model.open(followUp);
        assertThat(service.listed).as("the jobs its number counts, not all the week's bookings")
                .containsExactly(Figure.AFTER_FOLLOW_UP);
        assertThat(model.behindTitleProperty().get()).startsWith("After a follow-up · Nov 22 – Nov 28");
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhy() {
        model.exportCsv(Path.of("/read-only/x.csv"));
        assertThat(model.noticeProperty().get()).isEqualTo("Could not write x.csv: it is read-only.");
        assertThat(model.noticeIsProblemProperty().get()).isTrue();
        model.exportPng(1, 1, new int[] {0}, Path.of("chart.png"));
        assertThat(model.noticeProperty().get()).isEqualTo("Chart saved as chart.png.");
        assertThat(model.noticeIsProblemProperty().get()).isFalse();
    }
}
