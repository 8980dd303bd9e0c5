package com.ringbook.bench;

import com.ringbook.domain.InboxPage;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.ui.thread.TimelineItem;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/**
 * Every place the inbox bench touches the inbox's own API or its screen's nodes, gathered so the bench
 * can follow the inbox when it changes (paging, filters, a search index): adapt these and nothing else.
 * First written against the LIKE search with a first page of 500; now the paged inbox (pages of
 * {@link InboxQuery#PAGE_SIZE}) and the FTS5 search, as the console asks for them.
 */
final class InboxHooks {
    /** Enough to count every match of a search, however the inbox pages. */
    private static final int ALL_MATCHES = 100_000;

    private InboxHooks() {
    }

    /** The page the inbox asks for when it opens: no filter, no search. */
    static CompletableFuture<List<ThreadSummary>> firstPage(ConversationService conversations) {
        return conversations.inboxPage(InboxQuery.page(InboxQuery.Filter.ALL, "")).thenApply(InboxPage::threads);
    }

    /** The page a search shows first. */
    static CompletableFuture<List<ThreadSummary>> searchPage(ConversationService conversations, String words) {
        return conversations.inboxPage(InboxQuery.page(InboxQuery.Filter.ALL, words)).thenApply(InboxPage::threads);
    }

    /** How many threads a search finds in all (not only on its first page). */
    static int countMatches(ConversationService conversations, String words) {
        return conversations.inbox(new InboxQuery(InboxQuery.Filter.ALL, words, ALL_MATCHES, 0)).join().size();
    }

    static ListView<?> inboxList(Scene scene) {
        return (ListView<?>) scene.lookup("#inboxList");
    }

    static TextField searchField(Scene scene) {
        return (TextField) scene.lookup("#inboxSearch");
    }

    static ListView<?> timeline(Scene scene) {
        return (ListView<?>) scene.lookup("#timeline");
    }

    /** The thread an inbox row stands for; -1 for a row that is no thread (a header, a placeholder). */
    static long threadOfRow(Object row) {
        return row instanceof ThreadSummary t ? t.id() : -1;
    }

    /** The preview line an inbox row shows. */
    static String previewOfRow(Object row) {
        return row instanceof ThreadSummary t && t.preview() != null ? t.preview() : "";
    }

    /** The thread a line of the open conversation belongs to; -1 for a day divider. */
    static long threadOfTimelineItem(Object item) {
        if (item instanceof TimelineItem.Text text) {
            return text.message().threadId();
        }
        return item instanceof TimelineItem.Call call ? call.call().threadId() : -1;
    }
}
