package com.ringbook.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ringbook.store.Store;
import com.ringbook.domain.InboxCounts;
import com.ringbook.domain.InboxEntry;
import com.ringbook.domain.InboxPage;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.InboxQuery.Filter;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.Stage;
import com.ringbook.domain.TextBackDecision;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.store.FirstCallWriter.FirstCall;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inbox's search, paging and counts on every store, through the store's own write paths. */
public abstract class InboxSearchStoreContract {
    private static final Instant T0 = Instant.parse("2026-11-24T15:00:00Z");
    private static final String DANA = "+12065550142";

    protected Store store;

    /** The store under test. */
    protected abstract Stores stores();
    private final AtomicInteger sids = new AtomicInteger();

    @BeforeEach
    void open() {
        store = stores().openEmpty(Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private long thread(String phone, String name, Instant at) {
        return store.write(s -> {
            long contact = s.contacts().upsert(phone, at).id();
            if (name != null) {
                s.contacts().setName(contact, name);
            }
            return s.threads().create(contact, at);
        }).join();
    }

    private void customerTexts(long thread, String body, Instant at) {
        store.write(s -> s.messages().insertInbound(thread, "SM" + sids.incrementAndGet(), body, at, true)).join();
    }

    private void staffReplies(long thread, String phone, String body, Instant at) {
        store.write(s -> {
            s.outbox().queue(thread, MessageKind.STAFF_REPLY, phone, body, null, at);
            s.threads().touch(thread, body, at);
            return null;
        }).join();
    }

    private void stage(long thread, Stage stage) {
        store.write(s -> {
            s.threads().setStage(thread, stage, T0);
            return null;
        }).join();
    }

    private InboxPage search(String typed) {
        return store.read(s -> s.threads().page(InboxQuery.page(Filter.ALL, typed)));
    }

    protected List<Long> hits(String typed) {
        return search(typed).entries().stream().map(e -> e.thread().id()).toList();
    }

    private long danaWithALeakingSink() {
        long dana = thread(DANA, "Dana Ruiz", T0);
        customerTexts(dana, "Kitchen sink is leaking under the cabinet", T0.plusSeconds(60));
        staffReplies(dana, DANA, "Sorry to hear that! We can come tomorrow.", T0.plusSeconds(120));
        customerTexts(dana, "Great, see you then", T0.plusSeconds(180));
        return dana;
    }

    @Test
    void everyRowOfALongSearchPageShowsItsOwnMatchingText() {
        // More rows than the store reads snippet texts at once (a page of 100): each row keeps its own text.
        int threads = InboxQuery.PAGE_SIZE + 30;
        for (int i = 0; i < threads; i++) {
            long thread = thread(String.format("+1206555%04d", i), null, T0.plusSeconds(i));
            customerTexts(thread, "Boiler number " + i + " is making noise", T0.plusSeconds(i));
            customerTexts(thread, "Thanks", T0.plusSeconds(i + 1));
        }

        List<InboxEntry> rows = store.read(s -> s.threads().page(new InboxQuery(Filter.ALL, "boiler", threads, 0)))
                .entries();

        assertThat(rows).hasSize(threads);
        assertThat(rows).allSatisfy(row -> {
            int number = Integer.parseInt(row.thread().phone().substring(8));
            assertThat(row.match().text()).contains("Boiler number " + number + " is");
            assertThat(row.match().matches()).containsExactly("Boiler");
        });
    }

    @Test
    void aWordOnlyInAnOlderMessageFindsTheThreadAndShowsItMarked() {
        long dana = danaWithALeakingSink();
        thread("+13035550161", "Priya Shah", T0.plusSeconds(200));

        InboxPage page = search("sink");

        assertThat(page.entries()).extracting(e -> e.thread().id()).containsExactly(dana);
        InboxEntry hit = page.entries().get(0);
        assertThat(hit.thread().preview()).isEqualTo("Great, see you then");
        assertThat(hit.match().matches()).containsExactly("sink");
        assertThat(hit.match().text()).contains("Kitchen sink is leaking");
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void wordsMatchByTheirBeginningAsTheUserTypes() {
        long dana = danaWithALeakingSink();

        assertThat(hits("sin")).containsExactly(dana);
        assertThat(hits("Kitch")).containsExactly(dana);
        assertThat(hits("LEAK")).containsExactly(dana);
        assertThat(hits("sink leak")).containsExactly(dana);
        assertThat(hits("sink basement")).isEmpty();
        assertThat(hits("tomorrow")).containsExactly(dana); // staff's own words count too
        assertThat(search("sin").entries().get(0).match().matches()).containsExactly("sink");
    }

    @Test
    void wordsSplitBetweenTheNameAndAMessageFindTheThread() {
        long dana = danaWithALeakingSink();
        long priya = thread("+13035550161", "Priya Shah", T0.plusSeconds(200));
        customerTexts(priya, "Our basement is leaking too", T0.plusSeconds(260));

        assertThat(hits("dana leak")).containsExactly(dana);
        assertThat(hits("leak dana")).containsExactly(dana);
        assertThat(hits("dana ruiz cabinet")).containsExactly(dana);
        assertThat(hits("priya leak")).containsExactly(priya);
        assertThat(hits("dana basement")).as("the words must be Dana's").isEmpty();
        assertThat(hits("dana leak basement")).as("every word somewhere in the one thread").isEmpty();
        assertThat(search("dana leak").entries().get(0).match().text()).contains("Kitchen sink is leaking");

        // Every word in one text ranks first: splits are the fallback once those run out.
        long sam = thread("+12065550117", "Sam Ortiz", T0.plusSeconds(300));
        customerTexts(sam, "Dana next door said your guy fixed her leak", T0.plusSeconds(320));
        assertThat(hits("dana leak")).containsExactly(sam, dana);
    }

    @Test
    void accentsAreFoldedInNamesAndMessagesWhicheverSideTypesThem() {
        long jose = thread("+12065550131", "José Núñez", T0);
        long plain = thread("+12065550132", "Jose Garcia", T0.plusSeconds(10));
        long cafe = thread("+12065550133", "Ana Lima", T0.plusSeconds(20));
        customerTexts(cafe, "The café on Elm Street needs its sink looked at", T0.plusSeconds(30));
        long brule = thread("+12065550134", null, T0.plusSeconds(40));
        customerTexts(brule, "Creme brulee night, so the dishwasher must work", T0.plusSeconds(50));

        assertThat(hits("jose nunez")).containsExactly(jose);
        assertThat(hits("NUÑEZ")).containsExactly(jose);
        assertThat(hits("núñ")).containsExactly(jose);
        assertThat(hits("josé")).containsExactlyInAnyOrder(jose, plain);
        assertThat(hits("jose")).containsExactlyInAnyOrder(jose, plain);
        assertThat(hits("cafe")).containsExactly(cafe);
        assertThat(hits("CAFÉ")).containsExactly(cafe);
        assertThat(hits("crème brûlée")).containsExactly(brule);
        // Written decomposed (e + a combining accent), as some phones send it: the same word.
        assertThat(hits("cafe\u0301")).containsExactly(cafe);
        // The word as written is what is marked, whichever way it was typed.
        assertThat(search("cafe").entries().get(0).match().matches()).containsExactly("café");
        assertThat(hits("ana cafe")).as("split between the name and a text").containsExactly(cafe);
        assertThat(hits("café nunez")).isEmpty();
    }

    @Test
    void aNumberIsFoundHoweverStaffTypeIt() {
        long dana = thread(DANA, null, T0);
        thread("+13035550161", null, T0);

        for (String typed : List.of("2065550142", "(206) 555-0142", "206-555-0142", "206.555.0142", "+1 206 555 0142",
                "+12065550142", "1-206-555-0142", "12065550142", "555-0142", "5550142", "0142", "206 555", "(206)")) {
            assertThat(hits(typed)).as(typed).containsExactly(dana);
        }
        assertThat(hits("206-555-9999")).isEmpty();
    }

    @Test
    void namesAndNumbersRankAboveMessagesAndEqualMatchesGoNewestFirst() {
        long older = thread("+13035550101", null, T0);
        customerTexts(older, "Water heater is making noise", T0.plusSeconds(10));
        long newer = thread("+13035550102", null, T0);
        customerTexts(newer, "Water heater is making noise", T0.plusSeconds(20));
        long wordy = thread("+13035550103", null, T0);
        customerTexts(wordy, "Hi there, we have a long story: the basement floods when it rains, the sump pump hums, "
                + "and the old water heater in the corner also leaks a bit near the valve", T0.plusSeconds(30));
        long named = thread("+13035550104", "Heather Waters", T0);

        assertThat(hits("water")).containsExactly(named, newer, older, wordy);
    }

    @Test
    void anythingTypedIsSearchedAndNeverASyntaxError() {
        long dana = danaWithALeakingSink();

        for (String typed : List.of("\"", "sink\"", "\"sink", "*", "sink*", "-", "-sink", "OR", "sink OR", "AND NOT",
                "NOT sink", "(", ")", "((sink", "NEAR(sink", "body:sink", "name:", "^sink", "'", "sink'; DROP TABLE x;",
                "\\", "🚿", "🙂 sink", "😀😀", "+", "()", "::", "sink + leak", "a", "x".repeat(500), "{sink}", "[", "%_",
                "sink\u0002", "ß", "NEAR", "\"\"\"")) {
            assertThatCode(() -> search(typed)).as(typed).doesNotThrowAnyException();
        }
        assertThat(hits("🙂 sink")).containsExactly(dana);
        assertThat(hits("\"sink")).containsExactly(dana);
        assertThat(hits("-sink")).containsExactly(dana);
        assertThat(hits("(sink)")).containsExactly(dana);
        assertThat(hits("😀😀")).isEmpty();
        assertThat(hits("")).containsExactly(dana); // no search: the whole inbox
    }

    @Test
    void theIndexKeepsUpWithEveryWritePath() {
        long dana = danaWithALeakingSink();
        assertThat(hits("disposal")).isEmpty();

        customerTexts(dana, "Also the garbage disposal jammed", T0.plusSeconds(400));
        assertThat(hits("dispos")).containsExactly(dana);

        store.write(s -> {
            s.contacts().setName(s.threads().summary(dana).orElseThrow().contactId(), "Dana Whitaker");
            return null;
        }).join();
        assertThat(hits("whitak")).containsExactly(dana);
        assertThat(hits("Ruiz")).isEmpty();

        // A burst's first calls go in through one statement per table; their numbers are found once the write the
        // engine queues after them has indexed them (a store whose index keeps itself has nothing to do there). Their
        // text-backs (the business's own template, the same in every conversation) are left out of the index.
        store.write(s -> s.firstCalls().open(List.of(
                new FirstCall("CA1", "+14155550177", T0, TextBackDecision.SEND_BUSINESS_HOURS, "Hi, it's Harbor Plumbing"),
                new FirstCall("CA2", "+14155550178", T0, TextBackDecision.SEND_BUSINESS_HOURS, "Hi, it's Harbor Plumbing")),
                T0)).join();
        store.write(s -> s.contacts().indexForSearch()).join();
        assertThat(hits("415-555-0177")).hasSize(1);
        assertThat(hits("0178")).hasSize(1);
        assertThat(store.write(s -> s.contacts().indexForSearch()).join()).isZero();
        assertThat(hits("harbor")).isEmpty();
    }

    /** Reads a filter page by page, the way the inbox scrolls. */
    private List<Long> everyPage(Filter filter, String search, int pageSize) {
        List<Long> ids = new ArrayList<>();
        InboxQuery query = new InboxQuery(filter, search, pageSize, 0, null);
        InboxPage page = store.read(s -> s.threads().page(query));
        ids.addAll(page.entries().stream().map(e -> e.thread().id()).toList());
        while (page.hasMore()) {
            InboxQuery next = query.after(page.next());
            page = store.read(s -> s.threads().page(next));
            ids.addAll(page.entries().stream().map(e -> e.thread().id()).toList());
        }
        return ids;
    }

    @Test
    void pagingShowsEveryThreadExactlyOnceEvenWhenTimesAreEqual() {
        List<Long> all = new ArrayList<>();
        List<Long> waiting = new ArrayList<>();
        for (int i = 0; i < 95; i++) {
            // Five threads share each moment: a cursor on time alone would skip or repeat them at page edges.
            Instant at = T0.plusSeconds(i / 5);
            long id = thread(String.format("+1303555%04d", i), null, at);
            all.add(id);
            if (i % 3 == 0) {
                customerTexts(id, "Leaking pipe number " + i, at);
                waiting.add(id);
            }
        }

        List<Long> shown = everyPage(Filter.ALL, "", 7);
        assertThat(shown).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        assertThat(shown).isEqualTo(store.read(s -> s.threads().inbox(new InboxQuery(Filter.ALL, "", 1000, 0))
                .stream().map(ThreadSummary::id).toList()));
        assertThat(everyPage(Filter.NEW, "", 4)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        assertThat(everyPage(Filter.WAITING, "", 6)).containsExactlyElementsOf(waiting);
        assertThat(everyPage(Filter.ALL, "pipe", 5)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(waiting);
    }

    @Test
    void needsReplyListsWhoHasWaitedLongestFirst() {
        long late = thread("+13035550101", null, T0);
        long early = thread("+13035550102", null, T0);
        long answered = thread("+13035550103", null, T0);
        customerTexts(early, "Hello?", T0.plusSeconds(10));
        customerTexts(late, "Hi", T0.plusSeconds(20));
        customerTexts(early, "Anyone there?", T0.plusSeconds(30)); // still waiting since the first text
        customerTexts(answered, "Hi", T0.plusSeconds(5));
        store.write(s -> {
            s.threads().setStage(answered, Stage.LOST, T0);
            return null;
        }).join();

        assertThat(everyPage(Filter.WAITING, "", 100)).containsExactly(early, late);
        assertThat(everyPage(Filter.ALL, "", 100)).containsExactly(early, late, answered);
    }

    @Test
    void eachFilterCountsItsThreads() {
        long[] ids = new long[9];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = thread(String.format("+1303555%04d", i), null, T0.plusSeconds(i));
        }
        customerTexts(ids[0], "Hi", T0);
        customerTexts(ids[1], "Hi", T0);
        stage(ids[1], Stage.QUALIFYING);
        stage(ids[2], Stage.QUALIFYING);
        stage(ids[3], Stage.SLOTS_OFFERED);
        stage(ids[4], Stage.BOOKED);
        customerTexts(ids[4], "What time again?", T0); // a booked customer's question needs a reply too
        stage(ids[5], Stage.LOST);
        stage(ids[6], Stage.OPTED_OUT);
        customerTexts(ids[6], "HELP", T0); // nobody's work: they opted out
        stage(ids[7], Stage.LOST);

        InboxCounts counts = store.read(s -> s.threads().counts());

        assertThat(counts.of(Filter.ALL)).isEqualTo(9);
        assertThat(counts.of(Filter.WAITING)).isEqualTo(3);
        assertThat(counts.of(Filter.NEW)).isEqualTo(2);
        assertThat(counts.of(Filter.QUALIFYING)).isEqualTo(2);
        assertThat(counts.of(Filter.OFFERED)).isEqualTo(1);
        assertThat(counts.of(Filter.BOOKED)).isEqualTo(1);
        assertThat(counts.of(Filter.LOST)).isEqualTo(2);
        assertThat(counts.of(Filter.OPTED_OUT)).isEqualTo(1);
        for (Filter f : Filter.SHOWN) {
            assertThat(everyPage(f, "", 3)).as(f.label()).hasSize(counts.of(f));
        }
        Set<Long> unique = new HashSet<>(everyPage(Filter.ALL, "", 2));
        assertThat(unique).hasSize(9);
    }
}
