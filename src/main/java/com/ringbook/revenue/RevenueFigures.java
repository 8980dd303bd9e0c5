package com.ringbook.revenue;

import com.ringbook.domain.LostReason;
import com.ringbook.revenue.api.Figure;
import com.ringbook.revenue.api.Funnel;
import com.ringbook.revenue.api.Kpis;
import com.ringbook.revenue.api.RoiInputs;
import com.ringbook.revenue.api.WeekFigures;
import com.ringbook.store.ReadSession;
import com.ringbook.store.RevenueRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The owner's figures put together from the store's weekly counts: the weeks, the funnel, the tiles and the ROI
 * calculator's starting point. The screen and {@code ringbook report} both read through here, so they agree.
 */
public final class RevenueFigures {
    /** The ROI calculator starts from this many full weeks before this one. */
    static final int ROI_WEEKS = 4;

    private RevenueFigures() {
    }

    /** Each week's figures, oldest first, in a statement or two for all of them. */
    public static List<WeekFigures> weeks(ReadSession s, Weeks weeks, List<LocalDate> starts) {
        List<Instant> bounds = weeks.bounds(starts);
        RevenueRepository r = s.revenue();
        RevenueRepository.Weekly weekly = r.weekly(bounds);
        List<RevenueRepository.Conversations> talks = weekly.conversations();
        List<RevenueRepository.Bookings> bookings = weekly.bookings();
        List<RevenueRepository.TextSpeed> speed = weekly.textSpeed();
        Optional<List<Integer>> afterFollowUp = weekly.afterFollowUp();
        List<WeekFigures> result = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            RevenueRepository.Conversations c = talks.get(i);
            RevenueRepository.Bookings b = bookings.get(i);
            RevenueRepository.TextSpeed t = speed.get(i);
            int week = i;
            result.add(new WeekFigures(starts.get(i), c.missed(), c.texted(), c.replied(), c.qualified(), c.offered(), b.booked(),
                    b.valueCents(), millis(t.medianMillis()), millis(t.p90Millis()), c.lost(), c.optedOut(),
                    afterFollowUp.map(list -> list.get(week))));
        }
        return result;
    }

    private static Optional<Duration> millis(Long ms) {
        return Optional.ofNullable(ms).map(Duration::ofMillis);
    }

    /** The funnel over the weeks: their figures added up, and the range's lost leads by reason. */
    public static Funnel funnel(ReadSession s, Weeks weeks, List<WeekFigures> figures) {
        List<Funnel.Step> steps = new ArrayList<>();
        for (Figure f : List.of(Figure.MISSED, Figure.TEXTED, Figure.REPLIED, Figure.QUALIFIED, Figure.OFFERED, Figure.BOOKED)) {
            steps.add(new Funnel.Step(f, figures.stream().mapToInt(w -> w.count(f)).sum()));
        }
        Instant from = weeks.at(figures.get(0).weekStart());
        Instant to = weeks.at(figures.get(figures.size() - 1).weekStart().plusWeeks(1));
        Map<String, Integer> lost = new LinkedHashMap<>();
        s.revenue().lostByReason(from, to).forEach((reason, n) -> lost.merge(reasonLabel(reason), n, Integer::sum));
        int optedOut = figures.stream().mapToInt(WeekFigures::optedOut).sum();
        return new Funnel(List.copyOf(steps), Map.copyOf(lost), optedOut);
    }

    /** A stored lost reason in plain words ("Went elsewhere"); anything unknown stays as stored. */
    private static String reasonLabel(String stored) {
        return Arrays.stream(LostReason.values()).filter(r -> r.name().equals(stored)).findFirst()
                .map(LostReason::label).orElse(stored);
    }

    /**
     * This week's tiles. Recovered revenue is carried over a year from the range's full weeks (this week is not over),
     * or from this week alone when it is the whole range.
     */
    public static Kpis kpis(List<WeekFigures> figures) {
        WeekFigures now = figures.get(figures.size() - 1);
        List<WeekFigures> full = figures.size() > 1 ? figures.subList(0, figures.size() - 1) : figures;
        long total = full.stream().mapToLong(WeekFigures::recoveredCents).sum();
        long annualised = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(52))
                .divide(BigDecimal.valueOf(full.size()), 0, RoundingMode.HALF_UP).longValueExact();
        return new Kpis(now, percent(now.booked(), now.missed()), percent(now.replied(), now.texted()), annualised);
    }

    static OptionalInt percent(int part, int whole) {
        return whole == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(100.0 * part / whole));
    }

    /**
     * The ROI calculator's inputs from the full weeks given (the last four before this one): their average missed and
     * booked calls a week and average job value. Empty when they hold no missed call: then the playbook's example.
     */
    public static Optional<RoiInputs> roiFrom(List<WeekFigures> fullWeeks) {
        int missed = fullWeeks.stream().mapToInt(WeekFigures::missed).sum();
        if (missed == 0) {
            return Optional.empty();
        }
        int booked = fullWeeks.stream().mapToInt(WeekFigures::booked).sum();
        long value = fullWeeks.stream().mapToLong(WeekFigures::recoveredCents).sum();
        BigDecimal n = BigDecimal.valueOf(fullWeeks.size());
        return Optional.of(new RoiInputs(
                BigDecimal.valueOf(missed).divide(n, 2, RoundingMode.HALF_UP).stripTrailingZeros(),
                BigDecimal.valueOf(booked).divide(n, 2, RoundingMode.HALF_UP).stripTrailingZeros(),
                booked == 0 ? RoiInputs.PLAYBOOK.jobValueCents()
                        : BigDecimal.valueOf(value).divide(BigDecimal.valueOf(booked), 0, RoundingMode.HALF_UP).longValueExact(),
                RoiInputs.RINGBOOK_MONTHLY_CENTS, RoiInputs.ANSWERING_MONTHLY_CENTS));
    }
}
