package com.ringbook.ui.inbox;

import com.ringbook.ui.common.UiExecutor;
import com.ringbook.ui.thread.BookingViewModel;
import com.ringbook.ui.thread.LeadCardViewModel;
import com.ringbook.ui.thread.ThreadView;
import com.ringbook.ui.thread.ThreadViewModel;
import javafx.scene.control.SplitPane;

/** The inbox screen: the list in the middle, the open conversation on the right with its lead card beside it. */
public final class InboxScreen extends SplitPane {
    private final InboxView inboxView;
    private final ThreadView threadView;

    public InboxScreen(InboxViewModel inbox, ThreadViewModel thread, LeadCardViewModel lead, BookingViewModel booking,
                       UiExecutor ui) {
        getStyleClass().add("inbox-screen");
        setId("inboxScreen");
        inboxView = new InboxView(inbox);
        threadView = new ThreadView(thread, lead, booking, ui);
        inboxView.setMinWidth(300);
        inboxView.setPrefWidth(360);
        inboxView.setMaxWidth(520);
        // No minimum of its own for the conversation: its content's (header, composer, lead card) is what the divider
        // must leave it, or the conversation is pushed past the window's edge.
        getItems().addAll(inboxView, threadView);
        setDividerPositions(0.32);
        SplitPane.setResizableWithParent(inboxView, false);
        thread.follow(inbox.selectedIdProperty());
        thread.navigateWith(inbox::select);
        lead.follow(thread.threadIdProperty());
        booking.follow(thread.summaryProperty());
    }

    /** The open conversation's view, for capabilities that dock a part of their own on it (follow-ups). */
    public ThreadView threadView() {
        return threadView;
    }

    public void focusSearch() {
        inboxView.focusSearch();
    }

    public void focusList() {
        inboxView.focusList();
    }
}
