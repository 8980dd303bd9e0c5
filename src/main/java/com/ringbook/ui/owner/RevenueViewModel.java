package com.ringbook.ui.owner;

import com.ringbook.revenue.api.BehindLine;
import com.ringbook.revenue.api.Figure;
import com.ringbook.revenue.api.Funnel;
import com.ringbook.revenue.api.Kpis;
import com.ringbook.revenue.api.RevenueOverview;
import com.ringbook.revenue.api.RevenueService;
import com.ringbook.revenue.api.WeekFigures;
import com.ringbook.domain.PhoneFormat;
import com.ringbook.ui.common.UiExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Revenue screen: the owner's weekly picture (tiles, chart, funnel), the ROI calculator, the list of calls, leads
 * or jobs behind any number (one opens its conversation), and the exports. Reads run off the UI thread through the
 * revenue service; results land here through the {@link UiExecutor}.
 */
public final class RevenueViewModel {
    /** The ranges the screen offers, in weeks. */
    public static final List<Integer> RANGES = List.of(4, 12, 26, 52);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a", Locale.US);

    private final RevenueService service;
    private final UiExecutor ui;
    private final Supplier<ZoneId> zone;
    private final LongConsumer openConversation;
    private final RoiViewModel roi;

    private final IntegerProperty weeks = new SimpleIntegerProperty(12);
    private final ReadOnlyObjectWrapper<RevenueOverview> overview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<FunnelRow> funnel = FXCollections.observableArrayList();
    private final ObservableList<String> lost = FXCollections.observableArrayList();
    private final ObservableList<BehindRow> behind = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper behindTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper behindOpen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noticeIsProblem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private String region = "US";

    /**
     * @param zone             the business's time zone, for the times in the lists
     * @param openConversation shows a thread's conversation (the Inbox with it selected)
     */
    public RevenueViewModel(RevenueService service, UiExecutor ui, Supplier<ZoneId> zone, LongConsumer openConversation) {
        this.service = Objects.requireNonNull(service);
        this.ui = Objects.requireNonNull(ui);
        this.zone = Objects.requireNonNull(zone);
        this.openConversation = Objects.requireNonNull(openConversation);
        this.roi = new RoiViewModel(() -> region);
        weeks.addListener((o, was, now) -> load());
    }

    /** Reads the range's figures again (the screen was shown, the range changed, or the owner asked). */
    public void load() {
        loading.set(true);
        ui.then(service.overview(weeks.get()), this::show, problem -> {
            loading.set(false);
            say(problem, true);
        });
    }

    private void show(RevenueOverview o) {
        loading.set(false);
        region = o.region();
        overview.set(o);
        tiles.setAll(tiles(o));
        List<FunnelRow> rows = new ArrayList<>();
        int top = Math.max(1, o.funnel().steps().get(0).count());
        for (Funnel.Step step : o.funnel().steps()) {
            rows.add(new FunnelRow(step.figure(), step.figure().label(), step.count(),
                    RevenueText.percent(o.funnel().percentOfMissed(step)), (double) step.count() / top));
        }
        funnel.setAll(rows);
        List<String> lines = new ArrayList<>();
        o.funnel().lostByReason().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> lines.add("Lost, " + e.getKey() + ": " + e.getValue()));
        lines.add("Texted STOP: " + o.funnel().optedOut());
        lost.setAll(lines);
        roi.prefill(o.roiPrefill(), o.fromData());
    }

    private List<Tile> tiles(RevenueOverview o) {
        Kpis k = o.kpis();
        WeekFigures w = k.thisWeek();
        LocalDate from = w.weekStart();
        LocalDate to = from.plusDays(7);
        String week = "this week, " + RevenueText.weekRange(from);
        Optional<Figure> none = Optional.empty();
        return List.of(
                new Tile("tileMissed", "Missed calls", Integer.toString(w.missed()), week, Optional.of(Figure.MISSED), from, to),
                new Tile("tileRecoveredJobs", "Recovered jobs", Integer.toString(w.booked()), "booked from missed calls",
                        Optional.of(Figure.BOOKED), from, to),
                new Tile("tileRecoveredRevenue", "Recovered revenue", RevenueText.money(w.recoveredCents(), region), week,
                        Optional.of(Figure.BOOKED), from, to),
                new Tile("tileRecoveryRate", "Recovery rate", RevenueText.percent(k.recoveryPercent()),
                        "booked per missed call", Optional.of(Figure.BOOKED), from, to),
                new Tile("tileAnnualised", "Annualised", RevenueText.money(k.annualisedCents(), region),
                        "a year at the range's pace", Optional.of(Figure.BOOKED), o.from(), o.toExclusive()),
                new Tile("tileMedian", "Median time-to-text", RevenueText.seconds(w.medianTextBack()), "missed call to text-back",
                        Optional.of(Figure.TEXTED), from, to),
                new Tile("tileP90", "p90 time-to-text", RevenueText.seconds(w.p90TextBack()), "9 in 10 were this fast",
                        Optional.of(Figure.TEXTED), from, to),
                new Tile("tileReplyRate", "Reply rate", RevenueText.percent(k.replyPercent()), "replies per text-back",
                        Optional.of(Figure.REPLIED), from, to),
                w.afterFollowUp().map(n -> new Tile("tileFollowUp", "After a follow-up", Integer.toString(n), week,
                                Optional.of(Figure.AFTER_FOLLOW_UP), from, to))
                        .orElse(new Tile("tileFollowUp", "After a follow-up", "—", "follow-ups not tracked yet", none,
                                from, to)));
    }

    /** Lists the calls, leads or jobs behind a tile. */
    public void open(Tile tile) {
        tile.opens().ifPresent(f -> open(f, tile.from(), tile.toExclusive(), tile.label()));
    }

    /** Lists the calls, leads or jobs behind one week's bar. */
    public void open(Figure figure, LocalDate weekStart) {
        open(figure, weekStart, weekStart.plusDays(7), figure.label());
    }

    /** Lists the calls, leads or jobs behind a funnel step, over the whole range. */
    public void openRange(Figure figure) {
        RevenueOverview o = overview.get();
        if (o != null) {
            open(figure, o.from(), o.toExclusive(), figure.label());
        }
    }

    private void open(Figure figure, LocalDate from, LocalDate to, String label) {
        String range = to.minusDays(1).equals(from.plusDays(6)) ? RevenueText.weekRange(from)
                : RevenueText.week(from) + " – " + RevenueText.week(to.minusDays(1));
        behindOpen.set(true);
        behindTitle.set(label + " · " + range);
        behind.clear();
        ui.then(service.behind(figure, from, to), lines -> {
            behind.setAll(lines.stream().map(l -> row(figure, l)).toList());
            behindTitle.set(label + " · " + range + " · " + RevenueText.count(lines.size(), "line", "lines"));
        }, problem -> say(problem, true));
    }

    private BehindRow row(Figure figure, BehindLine line) {
        String who = line.name().orElseGet(() -> line.phone().startsWith("+") ? PhoneFormat.pretty(line.phone()) : "Unknown caller");
        String detail = switch (figure) {
            case TEXTED -> line.amount().map(ms -> "texted in " + RevenueText.seconds(Optional.of(java.time.Duration.ofMillis(ms))))
                    .orElse("");
            case BOOKED, AFTER_FOLLOW_UP -> line.amount().map(c -> RevenueText.money(c, region)).orElse("");
            default -> line.threadId().isPresent() ? "" : "no conversation";
        };
        return new BehindRow(line.threadId(), who, WHEN.format(line.at().atZone(zone.get())), detail);
    }

    /** Opens a listed line's conversation in the Inbox; a call that opened none stays put. */
    public void openConversation(BehindRow row) {
        row.threadId().ifPresent(openConversation::accept);
    }

    public void closeBehind() {
        behindOpen.set(false);
        behind.clear();
    }

    /** Writes the weekly table as the report's CSV. */
    public void exportCsv(Path file) {
        ui.then(service.exportCsv(weeks.get(), file), done -> say(done, false), problem -> say(problem, true));
    }

    /** Writes the chart's pixels (taken on the UI thread) as a PNG, in the background. */
    public void exportPng(int width, int height, int[] argb, Path file) {
        ui.then(service.exportPng(width, height, argb, file), done -> say(done, false), problem -> say(problem, true));
    }

    private void say(String text, boolean problem) {
        noticeIsProblem.set(problem);
        notice.set(text);
    }

    /** The chart's label for a week. */
    public static String weekLabel(LocalDate start) {
        return RevenueText.week(start);
    }

    public String money(long cents) {
        return RevenueText.money(cents, region);
    }

    public RoiViewModel roi() {
        return roi;
    }

    public IntegerProperty weeksProperty() {
        return weeks;
    }

    public ReadOnlyObjectProperty<RevenueOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }

    public ObservableList<FunnelRow> funnel() {
        return funnel;
    }

    public ObservableList<String> lost() {
        return lost;
    }

    public ObservableList<BehindRow> behind() {
        return behind;
    }

    public ReadOnlyStringProperty behindTitleProperty() {
        return behindTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty behindOpenProperty() {
        return behindOpen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty noticeIsProblemProperty() {
        return noticeIsProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
