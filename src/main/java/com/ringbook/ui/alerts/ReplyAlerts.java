package com.ringbook.ui.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * When a new customer text deserves a desktop notice, without the toolkit. Never while the console is in front (the
 * receptionist sees the inbox), never a stream of pop-ups: texts gather for a moment and go out as one notice ("3 new
 * replies"), and after a notice the next one waits a quiet spell, gathering whatever came meanwhile. Our own texts
 * never get here: the engine announces only customers' texts.
 */
public final class ReplyAlerts {
    /** What to show: one conversation's newest text, or how many came in. */
    public sealed interface Alert {
    }

    /** Every text gathered came on this one thread. */
    public record One(long threadId, int texts) implements Alert {
    }

    /** Texts on several threads; {@code latestThreadId} is where the newest came. */
    public record Many(int texts, int threads, long latestThreadId) implements Alert {
    }

    private final Duration gather;
    private final Duration quiet;
    private final List<Long> pending = new ArrayList<>();
    private Instant firstPendingAt;
    private Instant lastShownAt;

    /**
     * @param gather how long texts gather before a notice shows them together
     * @param quiet  the least time between two notices
     */
    public ReplyAlerts(Duration gather, Duration quiet) {
        this.gather = gather;
        this.quiet = quiet;
    }

    /** A customer's text came on {@code threadId}; with the console in front it needs no notice. */
    public void customerTexted(long threadId, Instant at, boolean consoleInFront) {
        if (consoleInFront) {
            pending.clear();
            return;
        }
        if (pending.isEmpty()) {
            firstPendingAt = at;
        }
        pending.add(threadId);
    }

    /** The console came to the front: what was waiting is in sight now. */
    public void consoleInFront() {
        pending.clear();
    }

    /** When the texts waiting for a notice are due one; empty when none waits. */
    public Optional<Instant> dueAt() {
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        Instant gathered = firstPendingAt.plus(gather);
        Instant quietOver = lastShownAt == null ? gathered : lastShownAt.plus(quiet);
        return Optional.of(gathered.isAfter(quietOver) ? gathered : quietOver);
    }

    /** The notice due at {@code now}, if any; taking it starts the quiet spell. */
    public Optional<Alert> take(Instant now, boolean consoleInFront) {
        if (consoleInFront) {
            pending.clear();
        }
        Optional<Instant> due = dueAt();
        if (due.isEmpty() || now.isBefore(due.get())) {
            return Optional.empty();
        }
        LinkedHashSet<Long> threads = new LinkedHashSet<>(pending);
        long latest = pending.get(pending.size() - 1);
        Alert alert = threads.size() == 1 ? new One(latest, pending.size())
                : new Many(pending.size(), threads.size(), latest);
        pending.clear();
        lastShownAt = now;
        return Optional.of(alert);
    }

    /** The first words of a text, on one line, cut at a word near {@code max} characters. */
    public static String firstWords(String body, int max) {
        String line = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        if (line.length() <= max) {
            return line;
        }
        int cut = line.lastIndexOf(' ', max);
        return (cut < max / 2 ? line.substring(0, max) : line.substring(0, cut)).strip() + "…";
    }

    /** "3 new replies" (from 2 customers). */
    public static String title(Many many) {
        return many.texts() + " new replies";
    }

    public static String detail(Many many) {
        return "From " + many.threads() + " customers. Click to open the inbox.";
    }
}
