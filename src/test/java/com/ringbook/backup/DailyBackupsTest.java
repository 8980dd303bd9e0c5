package com.ringbook.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.backup.api.BackupFile;
import com.ringbook.engine.MutableClock;
import com.ringbook.store.DatabaseCopies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily backup over weeks of an office PC's life: one a day, the newest 14 kept. */
class DailyBackupsTest {
    @TempDir
    Path folder;

    @Test
    void hourlyChecksMakeOneBackupADayAndKeepTheNewestFourteen() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-01T08:00:00Z"));
        try (Backups backups = new Backups(new FakeCopies(), folder, clock, (b, k) -> { })) {
            for (int hour = 0; hour < 20 * 24; hour++) {
                backups.backUpIfDue();
                clock.advance(Duration.ofHours(1));
            }
            List<BackupFile> kept = backups.list().join();

            assertThat(kept).hasSize(14);
            assertThat(kept.get(0).taken()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
            assertThat(kept.get(13).taken()).isEqualTo(Instant.parse("2026-11-07T08:00:00Z"));
        }
    }

    @Test
    void aFailedCopyIsTriedAgainAtTheNextCheck() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-01T08:00:00Z"));
        FakeCopies copies = new FakeCopies();
        copies.failing = true;
        try (Backups backups = new Backups(copies, folder, clock, (b, k) -> { })) {
            backups.backUpIfDue();
            assertThat(backups.list().join()).isEmpty();

            copies.failing = false;
            clock.advance(Duration.ofHours(1));
            backups.backUpIfDue();

            assertThat(backups.list().join()).hasSize(1);
        }
    }

    private static final class FakeCopies implements DatabaseCopies {
        volatile boolean failing;

        @Override
        public void copyTo(Path target) {
            if (failing) {
                throw new com.ringbook.store.StoreException("disk full", null);
            }
            try {
                Files.writeString(target, "copy");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Check check(Path file) {
            return new Check(null, "1");
        }
    }
}
