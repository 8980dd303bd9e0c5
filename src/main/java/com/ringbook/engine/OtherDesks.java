package com.ringbook.engine;

import com.ringbook.engine.api.EngineEvent;
import com.ringbook.store.StoreChanges;
import com.ringbook.store.StoreChanges.Change;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What other desks on a shared store commit, told to this desk's screens as the engine's own events: a thread
 * they touched is a {@code ThreadChanged} here (a contact renamed, an address or an opt-out: each of the contact's
 * threads; slots offered: the thread), a call recorded or a number refused or cleared is a {@code CallsChanged} for
 * the call log, their settings are reloaded, an outbox change moves the status bar and wakes this desk's sender
 * (when it is the engine) so a standby's reply leaves within a second. Changes that may have been missed make
 * every screen reload.
 */
final class OtherDesks implements StoreChanges.Listener {
    private static final Logger log = LoggerFactory.getLogger(OtherDesks.class);
    private final ChangeFeed feed;
    private final EffectiveSettings settings;
    private final Runnable outboxChanged;

    OtherDesks(ChangeFeed feed, EffectiveSettings settings, Runnable outboxChanged) {
        this.feed = feed;
        this.settings = settings;
        this.outboxChanged = outboxChanged;
    }

    @Override
    public void changed(String origin, Set<Change> changes) {
        Set<Long> threads = new LinkedHashSet<>();
        boolean settingsChanged = false;
        boolean outbox = false;
        boolean calls = false;
        for (Change change : changes) {
            switch (change.kind()) {
                case SETTINGS -> settingsChanged = true;
                case OUTBOX -> outbox = true;
                case CALL -> calls = true;
                default -> {
                }
            }
            if (change.threadId() > 0) {
                threads.add(change.threadId());
            }
        }
        threads.forEach(id -> feed.publish(new EngineEvent.ThreadChanged(id)));
        if (settingsChanged) {
            reloadSettings();
            feed.publish(new EngineEvent.SettingsChanged());
        }
        if (calls) {
            feed.publish(new EngineEvent.CallsChanged());
        }
        if (outbox || !threads.isEmpty()) {
            feed.publish(new EngineEvent.StatusChanged());
        }
        if (outbox) {
            outboxChanged.run();
        }
    }

    @Override
    public void resync() {
        reloadSettings();
        feed.publish(new EngineEvent.EverythingChanged());
        feed.publish(new EngineEvent.SettingsChanged());
        feed.publish(new EngineEvent.StatusChanged());
    }

    private void reloadSettings() {
        try {
            settings.reload();
        } catch (RuntimeException e) {
            // The other desk saved settings through the same checks; keep the ones in force if reading fails.
            log.warn("Could not reload the settings another desk saved", e);
        }
    }
}
