package com.ringbook.ui.common;

import com.ringbook.domain.CallRecord;
import com.ringbook.domain.CustomerHistory;
import com.ringbook.domain.CustomerThread;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.Direction;
import com.ringbook.domain.InboxCounts;
import com.ringbook.domain.InboxCursor;
import com.ringbook.domain.InboxEntry;
import com.ringbook.domain.InboxPage;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.SearchSnippet;
import com.ringbook.domain.LostMark;
import com.ringbook.domain.LostReason;
import com.ringbook.domain.Message;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.engine.api.RequestRefused;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * The conversation service for view-model tests: threads a test puts in, answered at once, with the
 * engine's change events for what it writes. It records what the screens asked for, and refuses or
 * fails on request.
 */
public final class FakeConversations implements ConversationService {
    private static final Comparator<ThreadSummary> NEWEST_FIRST = Comparator
            .comparing(ThreadSummary::lastActivityAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ThreadSummary::id, Comparator.reverseOrder());

    private final FakeChangeEvents feed;
    private final Map<Long, ThreadDetail> threads = new LinkedHashMap<>();
    private final List<InboxQuery> inboxQueries = new ArrayList<>();
    private final List<Long> markedRead = new ArrayList<>();
    private final List<String> replies = new ArrayList<>();
    private final List<InboxQuery> pageQueries = new ArrayList<>();
    private final List<CompletableFuture<InboxCounts>> heldCounts = new ArrayList<>();
    private boolean holdCounts;
    private int countQueries;
    private String replyRefusal;
    private RuntimeException inboxFailure;

    public FakeConversations(FakeChangeEvents feed) {
        this.feed = feed;
    }

    // ---- what a test sets up ----

    /** A thread with no name, calls or texts yet; build on it with the helpers below. */
    public static ThreadSummary summary(long id, String name, String phone, Stage stage, Instant lastActivity) {
        return new ThreadSummary(id, id, phone, name, stage, lastActivity, null, 0, "", null);
    }

    public static ThreadSummary waitingSince(ThreadSummary s, Instant since) {
        return new ThreadSummary(s.id(), s.contactId(), s.phone(), s.name(), s.stage(), s.lastActivityAt(), since,
                s.unread(), s.preview(), s.problem());
    }

    public static ThreadSummary unread(ThreadSummary s, int unread) {
        return new ThreadSummary(s.id(), s.contactId(), s.phone(), s.name(), s.stage(), s.lastActivityAt(),
                s.waitingSince(), unread, s.preview(), s.problem());
    }

    public static ThreadSummary stage(ThreadSummary s, Stage stage) {
        return new ThreadSummary(s.id(), s.contactId(), s.phone(), s.name(), stage, s.lastActivityAt(),
                s.waitingSince(), s.unread(), s.preview(), s.problem());
    }

    /** The customer texted {@code preview} at {@code at}. */
    public static ThreadSummary texted(ThreadSummary s, String preview, Instant at) {
        return new ThreadSummary(s.id(), s.contactId(), s.phone(), s.name(), s.stage(), at, at, s.unread() + 1,
                preview, s.problem());
    }

    public static Message text(long id, long threadId, Direction direction, MessageKind kind, String body, Instant at) {
        DeliveryStatus status = direction == Direction.INBOUND ? DeliveryStatus.RECEIVED : DeliveryStatus.DELIVERED;
        return new Message(id, threadId, direction, kind, body, status, "SM" + id, null, at, at);
    }

    public ThreadSummary add(ThreadSummary summary) {
        threads.put(summary.id(), new ThreadDetail(summary, List.of(), List.of()));
        return summary;
    }

    public void add(ThreadSummary summary, List<CallRecord> calls, List<Message> messages) {
        threads.put(summary.id(), new ThreadDetail(summary, List.copyOf(calls), List.copyOf(messages)));
    }

    /** Changes a thread as the engine would, without telling anyone: the test publishes the event. */
    public void update(long id, UnaryOperator<ThreadSummary> change) {
        ThreadDetail d = threads.get(id);
        threads.put(id, new ThreadDetail(change.apply(d.summary()), d.calls(), d.messages()));
    }

    public void addMessage(long id, Message message) {
        ThreadDetail d = threads.get(id);
        List<Message> messages = new ArrayList<>(d.messages());
        messages.add(message);
        threads.put(id, new ThreadDetail(d.summary(), d.calls(), messages));
    }

    /** Every reply from now on is refused with this reason, as the engine refuses one. */
    public void refuseReplies(String reason) {
        replyRefusal = reason;
    }

    /** Every inbox read fails with {@code failure} until it is set back to null. */
    public void failInbox(RuntimeException failure) {
        inboxFailure = failure;
    }

    // ---- what the screens asked for ----

    public List<InboxQuery> inboxQueries() {
        return inboxQueries;
    }

    public List<Long> markedRead() {
        return markedRead;
    }

    /** "threadId: body" for every reply accepted. */
    public List<String> replies() {
        return replies;
    }

    // ---- the service ----

    @Override
    public CompletableFuture<List<ThreadSummary>> inbox(InboxQuery query) {
        inboxQueries.add(query);
        if (inboxFailure != null) {
            return CompletableFuture.failedFuture(inboxFailure);
        }
        String search = query.search().toLowerCase(Locale.ROOT);
        return CompletableFuture.completedFuture(threads.values().stream()
                .map(ThreadDetail::summary)
                .filter(s -> query.filter().matches(s))
                .filter(s -> search.isEmpty() || (s.displayName() + " " + s.phone() + " " + s.preview())
                        .toLowerCase(Locale.ROOT).contains(search))
                .sorted(NEWEST_FIRST)
                .limit(query.limit())
                .toList());
    }

    /**
     * A page as the store pages: the filter's order with a keyset cursor, or (searching) threads whose name,
     * number or any message contains the search, by position, with the matching word marked.
     */
    @Override
    public CompletableFuture<InboxPage> inboxPage(InboxQuery query) {
        pageQueries.add(query);
        if (inboxFailure != null) {
            return CompletableFuture.failedFuture(inboxFailure);
        }
        String search = query.search().toLowerCase(Locale.ROOT);
        List<InboxEntry> all = new ArrayList<>();
        threads.values().stream().sorted(Comparator.comparing(ThreadDetail::summary, query.filter().order()))
                .filter(d -> query.filter().matches(d.summary()))
                .forEach(d -> {
                    if (search.isEmpty()) {
                        all.add(InboxEntry.of(d.summary()));
                        return;
                    }
                    ThreadSummary s = d.summary();
                    if ((s.displayName() + " " + s.phone()).toLowerCase(Locale.ROOT).contains(search)) {
                        all.add(InboxEntry.of(s));
                        return;
                    }
                    d.messages().stream().filter(m -> m.body().toLowerCase(Locale.ROOT).contains(search)).findFirst()
                            .ifPresent(m -> {
                                int at = m.body().toLowerCase(Locale.ROOT).indexOf(search);
                                all.add(new InboxEntry(s, SearchSnippet.parse(m.body().substring(0, at)
                                        + SearchSnippet.START + m.body().substring(at, at + search.length())
                                        + SearchSnippet.END + m.body().substring(at + search.length()))));
                            });
                });
        int from = 0;
        InboxCursor after = query.after();
        if (after != null && !query.searching()) {
            boolean waiting = query.filter() == InboxQuery.Filter.WAITING;
            while (from < all.size()) {
                ThreadSummary s = all.get(from).thread();
                long key = (waiting ? s.waitingSince() : s.lastActivityAt()).toEpochMilli();
                boolean past = waiting ? key > after.key() || (key == after.key() && s.id() > after.threadId())
                        : key < after.key() || (key == after.key() && s.id() < after.threadId());
                if (past) {
                    break;
                }
                from++;
            }
        } else {
            from = after != null ? after.position() : query.offset();
        }
        from = Math.min(from, all.size());
        int to = Math.min(all.size(), from + query.limit());
        List<InboxEntry> page = all.subList(from, to);
        InboxCursor next = null;
        if (to < all.size()) {
            ThreadSummary last = page.get(page.size() - 1).thread();
            long key = query.searching() ? 0 : (query.filter() == InboxQuery.Filter.WAITING ? last.waitingSince()
                    : last.lastActivityAt()).toEpochMilli();
            next = new InboxCursor(key, last.id(), to);
        }
        return CompletableFuture.completedFuture(new InboxPage(page, next));
    }

    /** Counts as the store counts them; held unanswered while {@link #holdCounts} is on. */
    @Override
    public CompletableFuture<InboxCounts> inboxCounts() {
        countQueries++;
        CompletableFuture<InboxCounts> answer = new CompletableFuture<>();
        if (holdCounts) {
            heldCounts.add(answer);
        } else {
            answer.complete(countsNow());
        }
        return answer;
    }

    private InboxCounts countsNow() {
        Map<InboxQuery.Filter, Integer> counts = new java.util.EnumMap<>(InboxQuery.Filter.class);
        for (InboxQuery.Filter f : InboxQuery.Filter.values()) {
            counts.put(f, (int) threads.values().stream().filter(d -> f.matches(d.summary())).count());
        }
        return new InboxCounts(counts);
    }

    /** Count queries stay unanswered until {@link #releaseCounts}. */
    public void holdCounts() {
        holdCounts = true;
    }

    /** Answers the held count queries with the counts as they are now, and answers new ones at once again. */
    public void releaseCounts() {
        holdCounts = false;
        List<CompletableFuture<InboxCounts>> held = new ArrayList<>(heldCounts);
        heldCounts.clear();
        held.forEach(f -> f.complete(countsNow()));
    }

    public int countQueries() {
        return countQueries;
    }

    public List<InboxQuery> pageQueries() {
        return pageQueries;
    }

    @Override
    public CompletableFuture<Optional<ThreadDetail>> thread(long threadId) {
        return CompletableFuture.completedFuture(Optional.ofNullable(threads.get(threadId)));
    }

    @Override
    public CompletableFuture<Optional<ThreadSummary>> summary(long threadId) {
        return CompletableFuture.completedFuture(Optional.ofNullable(threads.get(threadId)).map(ThreadDetail::summary));
    }

    @Override
    public CompletableFuture<Void> markRead(long threadId) {
        markedRead.add(threadId);
        update(threadId, s -> unread(s, 0));
        feed.threadChanged(threadId);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> reply(long threadId, String body) {
        if (replyRefusal != null) {
            return CompletableFuture.failedFuture(new RequestRefused(replyRefusal));
        }
        replies.add(threadId + ": " + body);
        ThreadDetail d = threads.get(threadId);
        addMessage(threadId, text(1000 + replies.size(), threadId, Direction.OUTBOUND, MessageKind.STAFF_REPLY,
                body.strip(), d.summary().lastActivityAt()));
        feed.threadChanged(threadId);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> moveStage(long threadId, Stage target) {
        update(threadId, s -> stage(s, target));
        feed.threadChanged(threadId);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> renameContact(long threadId, String name) {
        update(threadId, s -> new ThreadSummary(s.id(), s.contactId(), s.phone(), name, s.stage(), s.lastActivityAt(),
                s.waitingSince(), s.unread(), s.preview(), s.problem()));
        feed.threadChanged(threadId);
        return CompletableFuture.completedFuture(null);
    }

    // ---- one customer's history; lost with a reason, undone, reopened ----

    private final Map<Long, LostMark> lost = new HashMap<>();
    /** Jobs still booked, by thread: {start, value in cents}. */
    private final Map<Long, Object[]> jobs = new HashMap<>();
    private String reopenRefusal;

    /** A job booked on the thread, starting at {@code start}, worth {@code valueCents}. */
    public void bookJob(long threadId, Instant start, long valueCents) {
        jobs.put(threadId, new Object[] {start, valueCents});
    }

    /** The thread stands lost for {@code reason}, as the engine leaves it (no event: the test publishes one). */
    public void lose(long threadId, LostReason reason, String note) {
        Stage before = threads.get(threadId).summary().stage();
        lost.put(threadId, new LostMark(reason, note, before, threads.get(threadId).summary().lastActivityAt()));
        update(threadId, s -> stage(s, Stage.LOST));
    }

    /** Every reopen from now on is refused with this reason; null accepts them again. */
    public void refuseReopen(String reason) {
        reopenRefusal = reason;
    }

    @Override
    public CompletableFuture<CustomerHistory> customer(long threadId) {
        ThreadDetail open = threads.get(threadId);
        if (open == null) {
            return CompletableFuture.failedFuture(new RequestRefused("That conversation no longer exists."));
        }
        long contact = open.summary().contactId();
        List<CustomerThread> mine = threads.values().stream().map(ThreadDetail::summary)
                .filter(s -> s.contactId() == contact)
                .sorted(Comparator.comparing(ThreadSummary::id, Comparator.reverseOrder()))
                .map(s -> {
                    LostMark mark = s.stage() == Stage.LOST ? lost.get(s.id()) : null;
                    Object[] job = jobs.get(s.id());
                    return new CustomerThread(s.id(), s.stage(), s.lastActivityAt(), s.lastActivityAt(), null,
                            mark == null ? null : mark.reason(), mark == null ? null : mark.note(),
                            job == null ? null : (Instant) job[0], job == null ? null : (Long) job[1],
                            job == null ? null : "Repair", s.preview());
                }).toList();
        long value = mine.stream().filter(CustomerThread::hasJob).mapToLong(CustomerThread::jobValueCents).sum();
        int booked = (int) mine.stream().filter(CustomerThread::hasJob).count();
        Instant first = mine.isEmpty() ? null : mine.get(mine.size() - 1).openedAt();
        return CompletableFuture.completedFuture(new CustomerHistory(contact, open.summary().name(), open.summary().phone(),
                "12 Elm St", first, false, booked, value, mine.size(), mine));
    }

    @Override
    public CompletableFuture<Void> markLost(long threadId, LostReason reason, String note) {
        lose(threadId, reason, note);
        feed.threadChanged(threadId);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Long> reopen(long threadId) {
        if (reopenRefusal != null) {
            return CompletableFuture.failedFuture(new RequestRefused(reopenRefusal));
        }
        ThreadSummary s = threads.get(threadId).summary();
        if (s.stage() == Stage.BOOKED) {
            long fresh = threads.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
            add(new ThreadSummary(fresh, s.contactId(), s.phone(), s.name(), Stage.QUALIFYING, s.lastActivityAt(), null, 0,
                    "Reopened after a booked job", null));
            feed.threadChanged(fresh);
            return CompletableFuture.completedFuture(fresh);
        }
        LostMark mark = lost.remove(threadId);
        update(threadId, t -> stage(t, mark == null ? Stage.QUALIFYING : mark.before()));
        feed.threadChanged(threadId);
        return CompletableFuture.completedFuture(threadId);
    }
}
