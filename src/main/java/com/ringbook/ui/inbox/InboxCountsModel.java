package com.ringbook.ui.inbox;

import com.ringbook.domain.InboxCounts;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.ui.common.UiExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The number beside each filter, read again when threads change. Changes arriving while a count is read
 * are folded into one more read after it: never more than one count query in flight, however busy the
 * engine is.
 */
final class InboxCountsModel {
    private final ConversationService conversations;
    private final UiExecutor ui;
    private final ReadOnlyObjectWrapper<InboxCounts> counts = new ReadOnlyObjectWrapper<>(InboxCounts.NONE);
    private boolean reading;
    private boolean again;
    private int reads;

    InboxCountsModel(ConversationService conversations, UiExecutor ui) {
        this.conversations = conversations;
        this.ui = ui;
    }

    ReadOnlyObjectProperty<InboxCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** How many count queries were started: for tests of the coalescing. */
    int reads() {
        return reads;
    }

    void refresh() {
        if (reading) {
            again = true;
            return;
        }
        reading = true;
        reads++;
        ui.then(conversations.inboxCounts(), read -> {
            counts.set(read);
            done();
        }, problem -> done()); // the list's own read reports a broken store; stale counts say nothing false
    }

    private void done() {
        reading = false;
        if (again) {
            again = false;
            refresh();
        }
    }
}
