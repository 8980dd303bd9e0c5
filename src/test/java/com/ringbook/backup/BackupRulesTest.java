package com.ringbook.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackupRulesTest {
    private static final Instant NOW = Instant.parse("2026-12-07T03:15:00Z");

    @Test
    void aBackupIsNamedByItsUtcTimeAndTheNameGivesTheTimeBack() {
        assertThat(BackupRules.name(NOW)).isEqualTo("ringbook-20261207-031500.db");
        assertThat(BackupRules.taken(Path.of("/b", BackupRules.name(NOW)))).contains(NOW);
        assertThat(BackupRules.taken(Path.of("/b", BackupRules.beforeRestoreName(NOW)))).contains(NOW);
        assertThat(BackupRules.taken(Path.of("/b/ringbook-yesterday.db"))).isEmpty();
        assertThat(BackupRules.taken(Path.of("/b/notes.txt"))).isEmpty();
    }

    @Test
    void theDailyBackupIsDueWithNoneYetOrOnceTheNewestIsADayOld() {
        assertThat(BackupRules.due(Optional.empty(), NOW)).isTrue();
        assertThat(BackupRules.due(Optional.of(NOW.minus(Duration.ofHours(23))), NOW)).isFalse();
        assertThat(BackupRules.due(Optional.of(NOW.minus(Duration.ofHours(24))), NOW)).isTrue();
        // A PC that was off for a week makes one backup when it starts, not seven.
        assertThat(BackupRules.due(Optional.of(NOW.minus(Duration.ofDays(7))), NOW)).isTrue();
    }

    @Test
    void theNewestFourteenAreKeptAndACopyKeptBeforeARestoreIsNeverRotatedAway() {
        List<Path> files = new ArrayList<>();
        for (int day = 0; day < 20; day++) {
            files.add(Path.of("/b", BackupRules.name(NOW.minus(Duration.ofDays(day)))));
        }
        Path beforeRestore = Path.of("/b", BackupRules.beforeRestoreName(NOW.minus(Duration.ofDays(30))));
        files.add(beforeRestore);
        files.add(Path.of("/b/notes.txt"));

        List<Path> beyond = BackupRules.beyond(files, 14);

        assertThat(beyond).hasSize(6).doesNotContain(beforeRestore, Path.of("/b/notes.txt"));
        assertThat(beyond).allSatisfy(p -> assertThat(BackupRules.taken(p).orElseThrow())
                .isBefore(NOW.minus(Duration.ofDays(13))));
        assertThat(BackupRules.beyond(files.subList(0, 14), 14)).isEmpty();
    }
}
