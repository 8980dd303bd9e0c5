package com.ringbook.ui.owner;

import com.ringbook.domain.Money;
import com.ringbook.revenue.api.Roi;
import com.ringbook.revenue.api.RoiInputs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The ROI calculator: its inputs as typed, recomputed at every keystroke. The recovery rate and the recovered calls
 * say the same thing two ways: typing one fills in the other. Bad input says what is wrong and leaves the last good
 * results standing.
 */
public final class RoiViewModel {
    private final Supplier<String> region;
    private final StringProperty missed = new SimpleStringProperty("");
    private final StringProperty recovered = new SimpleStringProperty("");
    private final StringProperty rate = new SimpleStringProperty("");
    private final StringProperty jobValue = new SimpleStringProperty("");
    private final StringProperty ringbookCost = new SimpleStringProperty("");
    private final StringProperty answeringCost = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper weekly = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper monthly = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper yearly = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ringbookPayback = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper answeringPayback = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper comparison = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean filling;
    private boolean edited;

    /** @param region the business's country, for its currency */
    public RoiViewModel(Supplier<String> region) {
        this.region = region;
        missed.addListener((o, was, now) -> changed(false));
        recovered.addListener((o, was, now) -> changed(false));
        rate.addListener((o, was, now) -> changed(true));
        jobValue.addListener((o, was, now) -> changed(false));
        ringbookCost.addListener((o, was, now) -> changed(false));
        answeringCost.addListener((o, was, now) -> changed(false));
    }

    /** Fills the inputs (the business's own last four weeks, or the playbook's example) unless the owner typed some. */
    public void prefill(RoiInputs inputs, boolean fromData) {
        if (edited) {
            return;
        }
        filling = true;
        missed.set(inputs.missedPerWeek().toPlainString());
        recovered.set(inputs.recoveredPerWeek().toPlainString());
        rate.set(inputs.recoveryPercent().map(BigDecimal::toPlainString).orElse(""));
        jobValue.set(Money.plain(inputs.jobValueCents()).replaceAll("\\.00$", ""));
        ringbookCost.set(Money.plain(inputs.ringbookMonthlyCents()).replaceAll("\\.00$", ""));
        answeringCost.set(Money.plain(inputs.answeringMonthlyCents()).replaceAll("\\.00$", ""));
        filling = false;
        source.set(fromData ? "From your last 4 full weeks; type your own numbers to try others."
                : "The playbook's example (no calls in your last 4 weeks yet); type your own numbers.");
        recompute();
    }

    private void changed(boolean rateTyped) {
        if (filling) {
            return;
        }
        edited = true;
        filling = true;
        try {
            BigDecimal m = Roi.parseCount(missed.get(), "Missed calls a week");
            if (rateTyped) {
                BigDecimal percent = Roi.parseCount(rate.get(), "Recovery rate");
                recovered.set(new RoiInputs(m, BigDecimal.ZERO, 0, 0, 0).withRecoveryPercent(percent).recoveredPerWeek()
                        .toPlainString());
            } else {
                BigDecimal r = Roi.parseCount(recovered.get(), "Recovered calls a week");
                rate.set(new RoiInputs(m, r, 0, 0, 0).recoveryPercent().map(BigDecimal::toPlainString).orElse(""));
            }
        } catch (IllegalArgumentException e) {
            // recompute() names the problem
        } finally {
            filling = false;
        }
        recompute();
    }

    private void recompute() {
        RoiInputs in;
        try {
            in = new RoiInputs(Roi.parseCount(missed.get(), "Missed calls a week"),
                    Roi.parseCount(recovered.get(), "Recovered calls a week"), Money.parseCents(jobValue.get()),
                    Money.parseCents(ringbookCost.get()), Money.parseCents(answeringCost.get()));
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        List<String> problems = new ArrayList<>(Roi.problems(in));
        problem.set(String.join(" ", problems));
        Roi roi = Roi.of(in);
        String r = region.get();
        weekly.set(RevenueText.money(roi.weeklyCents(), r));
        monthly.set(RevenueText.money(roi.monthlyCents(), r));
        yearly.set(RevenueText.money(roi.yearlyCents(), r));
        ringbookPayback.set(payback(roi.ringbookPaybackDays()));
        answeringPayback.set(payback(roi.answeringPaybackDays()));
        long advantage = roi.ringbookAdvantageYearlyCents();
        comparison.set(advantage == 0 ? "Both cost the same over a year."
                : advantage > 0 ? "Ringbook leaves " + RevenueText.money(advantage, r) + " more a year than the answering service, "
                        + "which takes messages but does not text back or book."
                : "The answering service costs " + RevenueText.money(-advantage, r) + " less a year at these prices.");
    }

    private static String payback(Optional<BigDecimal> days) {
        return days.map(d -> "a month's fee is paid by " + d.toPlainString() + (d.compareTo(BigDecimal.ONE) == 0 ? " day" : " days")
                + " of recovered jobs").orElse("nothing recovered: no payback");
    }

    public StringProperty missedProperty() {
        return missed;
    }

    public StringProperty recoveredProperty() {
        return recovered;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public StringProperty jobValueProperty() {
        return jobValue;
    }

    public StringProperty ringbookCostProperty() {
        return ringbookCost;
    }

    public StringProperty answeringCostProperty() {
        return answeringCost;
    }

    public ReadOnlyStringProperty weeklyProperty() {
        return weekly.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty monthlyProperty() {
        return monthly.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty yearlyProperty() {
        return yearly.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ringbookPaybackProperty() {
        return ringbookPayback.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty answeringPaybackProperty() {
        return answeringPayback.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
