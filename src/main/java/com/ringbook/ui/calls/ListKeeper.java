package com.ringbook.ui.calls;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps the Calls list where the receptionist left it when a fresh read replaces its rows: the call they selected
 * stays selected, and the call at the top of the view stays at the top as new calls are added above it (at the
 * very top of the list nothing is held, so new calls show up there as they come).
 */
final class ListKeeper {
    private final ListView<CallRow> list;
    private long selectedId = -1;
    private long topId = -1;

    ListKeeper(ListView<CallRow> list) {
        this.list = list;
    }

    /** Just before the rows are replaced: what the user sees now. */
    void remember() {
        CallRow selected = list.getSelectionModel().getSelectedItem();
        selectedId = selected == null ? -1 : selected.id();
        VirtualFlow<?> flow = flow();
        IndexedCell<?> top = flow == null ? null : flow.getFirstVisibleCell();
        topId = top != null && top.getIndex() > 0 && top.getItem() instanceof CallRow row ? row.id() : -1;
    }

    /** Just after: the same call selected, and the same call at the top. */
    void restore() {
        int selectedAt = indexOf(selectedId);
        if (selectedAt >= 0 && list.getSelectionModel().getSelectedIndex() != selectedAt) {
            list.getSelectionModel().clearAndSelect(selectedAt);
        }
        int topAt = indexOf(topId);
        VirtualFlow<?> flow = flow();
        if (topAt >= 0 && flow != null) {
            flow.scrollToTop(topAt);
        }
        selectedId = -1;
        topId = -1;
    }

    private int indexOf(long id) {
        if (id < 0) {
            return -1;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private VirtualFlow<?> flow() {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
    }
}
