package com.ringbook.ui.inbox;

import com.ringbook.ui.common.UiExecutor;
import com.ringbook.ui.thread.ThreadView;
import com.ringbook.ui.thread.ThreadViewModel;
import javafx.scene.control.SplitPane;

/** The inbox screen: the list in the middle, the open conversation on the right. */
public final class InboxScreen extends SplitPane {
    private final InboxView inboxView;
    private final ThreadView threadView;

    public InboxScreen(InboxViewModel inbox, ThreadViewModel thread, UiExecutor ui) {
        getStyleClass().add("inbox-screen");
        setId("inboxScreen");
        inboxView = new InboxView(inbox);
        threadView = new ThreadView(thread, ui);
        inboxView.setMinWidth(300);
        inboxView.setPrefWidth(360);
        inboxView.setMaxWidth(520);
        threadView.setMinWidth(420);
        getItems().addAll(inboxView, threadView);
        setDividerPositions(0.32);
        SplitPane.setResizableWithParent(inboxView, false);
        thread.follow(inbox.selectedIdProperty());
    }

    public void focusSearch() {
        inboxView.focusSearch();
    }

    public void focusList() {
        inboxView.focusList();
    }
}
