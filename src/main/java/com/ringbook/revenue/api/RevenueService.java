package com.ringbook.revenue.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The owner's view: weekly figures, the funnel, the tiles and the ROI calculator's starting point, and the calls,
 * leads and jobs behind every number. Read only; every call returns at once and completes off the UI thread, a
 * refusal with {@code RequestRefused} and a sentence for the user.
 */
public interface RevenueService {
    /** How many weeks the screen can show at most. */
    int MAX_WEEKS = 104;

    /** The last {@code weeks} weeks, this one included (1 to {@link #MAX_WEEKS}). */
    CompletableFuture<RevenueOverview> overview(int weeks);

    /** The calls, leads or jobs behind {@code figure} in the local days {@code [from, toExclusive)}, newest first. */
    CompletableFuture<List<BehindLine>> behind(Figure figure, LocalDate from, LocalDate toExclusive);

    /** Writes the last {@code weeks} weeks as the report's CSV table; completes with a sentence saying what was written. */
    CompletableFuture<String> exportCsv(int weeks, Path file);

    /**
     * Writes a picture (the chart) as a PNG file, from its pixels as 0xAARRGGBB, row by row; completes with a
     * sentence saying what was written.
     */
    CompletableFuture<String> exportPng(int width, int height, int[] argb, Path file);
}
