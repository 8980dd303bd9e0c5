package com.ringbook.ui.settings;

import com.ringbook.backup.api.BackupService;

/** This PC's installation as the console shows it: its backups and the facts for the About box. */
public record Installation(BackupService backups, AboutFacts about) {
}
