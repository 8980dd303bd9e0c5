package com.ringbook.ui.inbox;

import com.ringbook.domain.ThreadSummary;
import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps the row at the top of the inbox where it is when live updates add or move rows above it: someone
 * reading down the list is not pushed along by every new text. At the very top of the list nothing is held,
 * so new activity shows up there as it happens.
 *
 * <p>It listens to the list's rows before the list's own skin does (it registers first), so the cells still
 * show what the user saw: the top one is the anchor, and once the model's change is complete the list is
 * scrolled to bring that row back to the top.
 */
final class ScrollAnchor {
    private final ListView<ThreadSummary> list;
    private long anchorId = -1;
    private int anchorIndex;
    private boolean toTop;

    ScrollAnchor(ListView<ThreadSummary> list) {
        this.list = list;
        list.getItems().addListener((ListChangeListener<ThreadSummary>) change -> remember());
    }

    private VirtualFlow<?> flow() {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
    }

    private void remember() {
        if (anchorId >= 0) {
            return; // the first change of a batch saw the screen as the user did
        }
        VirtualFlow<?> flow = flow();
        IndexedCell<?> top = flow == null ? null : flow.getFirstVisibleCell();
        if (top == null || top.getIndex() <= 0 || !(top.getItem() instanceof ThreadSummary shown)) {
            return;
        }
        anchorId = shown.id();
        anchorIndex = top.getIndex();
    }

    /** The model finished a change: scrolls the anchored row back to the top. */
    void restore() {
        long id = anchorId;
        anchorId = -1;
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            return;
        }
        if (toTop) {
            toTop = false;
            flow.scrollToTop(0);
            return;
        }
        if (id < 0) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == id) {
                if (i != anchorIndex) { // rows only added below (the next page) move nothing
                    flow.scrollToTop(i);
                }
                return;
            }
        }
    }

    /** A new filter or search: its rows start from the top when they come. */
    void forget() {
        anchorId = -1;
        toTop = true;
    }
}
