package com.ringbook.revenue;

import com.ringbook.booking.AppointmentExportService;
import com.ringbook.engine.EngineKit;
import com.ringbook.engine.api.RequestRefused;
import com.ringbook.revenue.api.BehindLine;
import com.ringbook.revenue.api.Figure;
import com.ringbook.revenue.api.RevenueOverview;
import com.ringbook.revenue.api.RevenueService;
import com.ringbook.revenue.api.RoiInputs;
import com.ringbook.revenue.api.WeekFigures;
import com.ringbook.store.RevenueRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The owner's view as the engine serves it: every figure read on the engine's read pool (never the caller's thread),
 * files written in the background. It only reads, so it never waits on the writer.
 */
public final class EngineRevenueService implements RevenueService {
    /** A list behind one number stops here: nobody reads further, and the screen stays quick. */
    static final int MOST_BEHIND = 500;

    private final EngineKit kit;

    public EngineRevenueService(EngineKit kit) {
        this.kit = kit;
    }

    private Weeks weeks() {
        return Weeks.of(kit.settings());
    }

    @Override
    public CompletableFuture<RevenueOverview> overview(int count) {
        if (count < 1 || count > MAX_WEEKS) {
            return CompletableFuture.failedFuture(new RequestRefused("Show 1 to " + MAX_WEEKS + " weeks."));
        }
        Weeks weeks = weeks();
        String region = kit.settings().region();
        List<LocalDate> starts = weeks.last(Math.max(count, RevenueFigures.ROI_WEEKS + 1), kit.clock().instant());
        return kit.read(s -> {
            List<WeekFigures> all = RevenueFigures.weeks(s, weeks, starts);
            List<WeekFigures> shown = all.subList(all.size() - count, all.size());
            Optional<RoiInputs> own = RevenueFigures.roiFrom(all.subList(all.size() - 1 - RevenueFigures.ROI_WEEKS, all.size() - 1));
            return new RevenueOverview(List.copyOf(shown), RevenueFigures.funnel(s, weeks, shown), RevenueFigures.kpis(shown),
                    own.orElse(RoiInputs.PLAYBOOK), own.isPresent(), region);
        });
    }

    @Override
    public CompletableFuture<List<BehindLine>> behind(Figure figure, LocalDate from, LocalDate toExclusive) {
        if (!toExclusive.isAfter(from)) {
            return CompletableFuture.failedFuture(new RequestRefused("The range ends (" + toExclusive + ") before it starts (" + from + ")."));
        }
        Weeks weeks = weeks();
        RevenueRepository.Step step = RevenueRepository.Step.valueOf(figure.name());
        return kit.read(s -> s.revenue().behind(step, weeks.at(from), weeks.at(toExclusive), MOST_BEHIND).stream()
                .map(b -> new BehindLine(Optional.ofNullable(b.threadId()), Optional.ofNullable(b.name()).filter(n -> !n.isBlank()),
                        b.phone(), b.at(), Optional.ofNullable(b.amount())))
                .toList());
    }

    @Override
    public CompletableFuture<String> exportCsv(int count, Path file) {
        return overview(count).thenCompose(overview -> kit.background(() -> {
            write(file, ReportCsv.write(overview.weeks()).getBytes(StandardCharsets.UTF_8));
            return count + (count == 1 ? " week" : " weeks") + " written to " + file.getFileName() + ".";
        }));
    }

    @Override
    public CompletableFuture<String> exportPng(int width, int height, int[] argb, Path file) {
        return kit.background(() -> {
            write(file, PngFile.encode(width, height, argb));
            return "Chart saved as " + file.getFileName() + ".";
        });
    }

    private static void write(Path file, byte[] bytes) {
        Optional<String> problem = AppointmentExportService.problemWriting(file);
        if (problem.isPresent()) {
            throw new RequestRefused("Could not write " + file.getFileName() + ": " + problem.get());
        }
        try {
            AppointmentExportService.writeAtomically(file, bytes);
        } catch (IOException e) {
            throw new RequestRefused("Could not write " + file.getFileName() + ": " + e.getMessage());
        }
    }
}
