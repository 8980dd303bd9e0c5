package com.ringbook.backup;

import java.nio.file.Path;

/**
 * Puts a checked backup in place of the live database and restarts the engine on it. Only the
 * composition root can do that (it owns the engine, the store and the window built on them). It is
 * called on the backups' own thread, which the restart stops: it hands the work on and returns.
 */
@FunctionalInterface
public interface Restorer {
    /**
     * @param backup       a file {@code DatabaseCopies.check} found fine
     * @param keepCurrent  where to keep a copy of the data being replaced, made before anything stops
     */
    void restoreAndRestart(Path backup, Path keepCurrent);
}
