package com.ringbook.ui.common;

/**
 * The UI thread for view-model tests: work runs at once on the calling thread, so a test reads the
 * outcome right after it acts, deterministically, and no JavaFX toolkit is started.
 */
public final class SameThreadUi implements UiExecutor {

    @Override
    public void run(Runnable work) {
        work.run();
    }

    @Override
    public void later(Runnable work) {
        work.run();
    }
}
