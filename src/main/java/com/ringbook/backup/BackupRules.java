package com.ringbook.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a backup is due, what it is called and which old ones go. Names carry their UTC time, sortable
 * and valid on every OS ({@code ringbook-20261207-031500.db}); a copy kept before a restore is named
 * {@code before-restore-...} and never counts against, nor is removed by, the daily rotation.
 */
final class BackupRules {
    static final Duration EVERY = Duration.ofDays(1);
    static final String PREFIX = "ringbook-";
    static final String BEFORE_RESTORE = "before-restore-";
    static final String SUFFIX = ".db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BackupRules() {
    }

    static String name(Instant at) {
        return PREFIX + STAMP.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)) + SUFFIX;
    }

    static String beforeRestoreName(Instant at) {
        return BEFORE_RESTORE + STAMP.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)) + SUFFIX;
    }

    /** The time in a backup's name, for either kind; empty for any other file. */
    static Optional<Instant> taken(Path file) {
        String name = file.getFileName().toString();
        String stamp;
        if (name.startsWith(PREFIX) && name.endsWith(SUFFIX)) {
            stamp = name.substring(PREFIX.length(), name.length() - SUFFIX.length());
        } else if (name.startsWith(BEFORE_RESTORE) && name.endsWith(SUFFIX)) {
            stamp = name.substring(BEFORE_RESTORE.length(), name.length() - SUFFIX.length());
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(stamp, STAMP).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Due when there is no backup yet, or the newest is a day old (a PC that was off catches up at start). */
    static boolean due(Optional<Instant> newest, Instant now) {
        return newest.isEmpty() || !newest.get().plus(EVERY).isAfter(now);
    }

    /** The regular backups beyond the newest {@code keep}, oldest last. */
    static List<Path> beyond(List<Path> files, int keep) {
        List<Path> regular = files.stream()
                .filter(f -> f.getFileName().toString().startsWith(PREFIX) && taken(f).isPresent())
                .sorted(Comparator.comparing((Path f) -> taken(f).orElseThrow()).reversed())
                .toList();
        return regular.size() <= keep ? List.of() : regular.subList(keep, regular.size());
    }
}
