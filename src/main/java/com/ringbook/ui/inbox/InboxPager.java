package com.ringbook.ui.inbox;

import com.ringbook.domain.InboxCursor;
import com.ringbook.domain.InboxEntry;
import com.ringbook.domain.InboxPage;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.SearchSnippet;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.ui.common.UiExecutor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inbox's rows, read a page at a time from the store as the user scrolls, and kept current from engine
 * events without throwing away what is loaded: a changed thread is re-read and moved to where its filter
 * orders it (or dropped when it no longer belongs, or when it now sorts past the rows loaded so far: the
 * next page brings it). Rows are changed in place, one by one, so the list keeps its selection and scroll.
 *
 * <p>One page query at a time: a reload asked for while one runs is remembered and run once after it.
 * A generation number drops answers to questions no longer asked (a filter or search changed since).
 */
final class InboxPager {
    /** Above this many changed threads in one batch, one query for the loaded rows beats many single reads. */
    private static final int ROW_REFRESH_LIMIT = 12;
    /** A burst re-reads at most this many loaded rows in one query; rows further down are patched one by one. */
    private static final int REFRESH_WINDOW = 2_000;
    /** The next page is asked for when a row this close to the end of the loaded rows is shown. */
    static final int PREFETCH = 25;

    private final ConversationService conversations;
    private final UiExecutor ui;
    private final Supplier<InboxQuery> firstPage;
    private final Consumer<String> error;
    private final Runnable changed;
    private final ObservableList<ThreadSummary> threads = FXCollections.observableArrayList();
    private final Map<Long, SearchSnippet> snippets = new HashMap<>();
    private InboxQuery current;
    private InboxCursor next;
    private boolean loading;
    private boolean reloadAgain;
    private boolean loadingMore;
    private int generation;
    private boolean updating;

    /**
     * @param firstPage the first page's query for the filter and search chosen now
     * @param error     takes the problem to show, or "" once reads work again
     * @param changed   told after every change to the rows, once they are consistent
     */
    InboxPager(ConversationService conversations, UiExecutor ui, Supplier<InboxQuery> firstPage, Consumer<String> error,
               Runnable changed) {
        this.conversations = conversations;
        this.ui = ui;
        this.firstPage = firstPage;
        this.error = error;
        this.changed = changed;
    }

    ObservableList<ThreadSummary> threads() {
        return threads;
    }

    SearchSnippet snippet(long threadId) {
        return snippets.getOrDefault(threadId, SearchSnippet.NONE);
    }

    boolean hasMore() {
        return next != null;
    }

    boolean isUpdating() {
        return updating;
    }

    boolean isLoading() {
        return loading;
    }

    /** Reads the first page for the current filter and search, replacing the rows. */
    void reload() {
        read(firstPage.get(), true);
    }

    private void read(InboxQuery query, boolean fromTop) {
        if (loading) {
            reloadAgain = true;
            return;
        }
        loading = true;
        loadingMore = false;
        int gen = ++generation;
        ui.then(conversations.inboxPage(query), page -> {
            loading = false;
            error.accept("");
            if (gen == generation) {
                current = firstPage.get();
                replaceAll(page.entries(), !fromTop);
                next = page.next();
            }
            again();
        }, problem -> {
            loading = false;
            error.accept(problem);
            again();
        });
    }

    private void again() {
        if (reloadAgain) {
            reloadAgain = false;
            reload();
        }
    }

    /** The row at {@code index} is on screen: near the end of what is loaded, the next page is read. */
    void shown(int index) {
        if (index >= threads.size() - PREFETCH) {
            loadMore();
        }
    }

    void loadMore() {
        if (next == null || loading || loadingMore || current == null) {
            return;
        }
        loadingMore = true;
        int gen = generation;
        ui.then(conversations.inboxPage(current.after(next)), page -> {
            loadingMore = false;
            if (gen != generation) {
                return;
            }
            error.accept("");
            append(page);
        }, problem -> {
            loadingMore = false;
            error.accept(problem);
        });
    }

    private void append(InboxPage page) {
        Set<Long> present = new HashSet<>();
        threads.forEach(t -> present.add(t.id()));
        List<ThreadSummary> added = new ArrayList<>();
        for (InboxEntry e : page.entries()) {
            // A row a live update already moved into the loaded part is not shown twice.
            if (present.add(e.thread().id())) {
                added.add(e.thread());
                remember(e);
            }
        }
        next = page.next();
        updating = true;
        try {
            threads.addAll(added);
        } finally {
            updating = false;
        }
        changed.run();
    }

    /** Engine events: these threads changed. */
    void threadsChanged(Set<Long> ids) {
        if (loading || current == null || !current.filter().decidedByRow()) {
            reload();
            return;
        }
        if (current.searching()) {
            // Search results are ranked, not ordered by a key a row can be placed by: the first page is read
            // again while it is all there is, deeper lists have their rows refreshed where they stand.
            if (next == null || threads.size() <= current.limit()) {
                reload();
            } else {
                ids.stream().filter(this::isShown).forEach(id -> readRow(id, true));
            }
            return;
        }
        if (ids.size() > ROW_REFRESH_LIMIT && threads.size() <= REFRESH_WINDOW) {
            int rows = Math.max(current.limit(), threads.size());
            read(new InboxQuery(current.filter(), "", rows, 0, null), false);
            return;
        }
        ids.forEach(id -> readRow(id, false));
    }

    private boolean isShown(long id) {
        return threads.stream().anyMatch(t -> t.id() == id);
    }

    private void readRow(long id, boolean inPlace) {
        int gen = generation;
        ui.then(conversations.summary(id), summary -> {
            if (gen != generation || loading) {
                return; // a reload started since: it brings this row too
            }
            if (inPlace) {
                summary.ifPresent(this::replaceInPlace);
            } else {
                summary.ifPresentOrElse(this::place, () -> remove(id));
            }
        }, problem -> error.accept(problem));
    }

    private void replaceInPlace(ThreadSummary s) {
        for (int i = 0; i < threads.size(); i++) {
            if (threads.get(i).id() == s.id()) {
                if (!threads.get(i).equals(s)) {
                    set(i, s);
                }
                return;
            }
        }
    }

    /** Moves the row to where the filter orders it, or out of the list. */
    private void place(ThreadSummary s) {
        InboxQuery.Filter filter = current.filter();
        int from = -1;
        for (int i = 0; i < threads.size(); i++) {
            if (threads.get(i).id() == s.id()) {
                from = i;
                break;
            }
        }
        List<ThreadSummary> others = new ArrayList<>(threads);
        if (from >= 0) {
            others.remove(from);
        }
        int to = 0;
        while (to < others.size() && filter.order().compare(others.get(to), s) < 0) {
            to++;
        }
        // Past the last loaded row while more remain: the row's page brings it when the user gets there.
        boolean belongs = filter.matches(s) && (to < others.size() || next == null);
        updating = true;
        try {
            if (!belongs) {
                if (from >= 0) {
                    threads.remove(from);
                }
            } else if (from == to) {
                if (!threads.get(from).equals(s)) {
                    threads.set(from, s);
                }
            } else {
                if (from >= 0) {
                    threads.remove(from);
                }
                threads.add(to, s);
            }
        } finally {
            updating = false;
        }
        changed.run();
    }

    private void remove(long id) {
        updating = true;
        try {
            threads.removeIf(t -> t.id() == id);
        } finally {
            updating = false;
        }
        changed.run();
    }

    private void set(int index, ThreadSummary s) {
        updating = true;
        try {
            threads.set(index, s);
        } finally {
            updating = false;
        }
        changed.run();
    }

    private void remember(InboxEntry e) {
        if (e.match().isEmpty()) {
            snippets.remove(e.thread().id());
        } else {
            snippets.put(e.thread().id(), e.match());
        }
    }

    /**
     * Rewrites the list in place, touching only rows that changed, so the view keeps its scroll position.
     *
     * @param keepBeyond keep loaded rows past the new ones (a refresh of the top of a longer list)
     */
    private void replaceAll(List<InboxEntry> entries, boolean keepBeyond) {
        // A row whose thread is unchanged but whose matching words are ("sp" then "spigot") must be drawn again too.
        Map<Long, SearchSnippet> before = new HashMap<>(snippets);
        if (!keepBeyond) {
            snippets.clear();
        }
        entries.forEach(this::remember);
        List<ThreadSummary> rows = new ArrayList<>(entries.stream().map(InboxEntry::thread).toList());
        if (keepBeyond && threads.size() > rows.size()) {
            Set<Long> ids = new HashSet<>();
            rows.forEach(r -> ids.add(r.id()));
            threads.subList(rows.size(), threads.size()).stream().filter(t -> !ids.contains(t.id())).forEach(rows::add);
        }
        updating = true;
        try {
            for (int i = 0; i < rows.size(); i++) {
                if (i < threads.size()) {
                    long id = rows.get(i).id();
                    if (!Objects.equals(threads.get(i), rows.get(i))
                            || !Objects.equals(before.get(id), snippets.get(id))) {
                        threads.set(i, rows.get(i));
                    }
                } else {
                    threads.addAll(rows.subList(i, rows.size()));
                    break;
                }
            }
            if (threads.size() > rows.size()) {
                threads.remove(rows.size(), threads.size());
            }
        } finally {
            updating = false;
        }
        changed.run();
    }
}
