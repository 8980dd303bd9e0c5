package com.ringbook.textback;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.carrier.CarrierEvent.MissedCall;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.Settings;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Missed calls recorded together (as a burst is) leave exactly what recording them one at a time
 * leaves, on real SQLite files.
 */
class TextBackServiceTest {
    /** A Tuesday, 10:00 in Chicago: business hours. */
    private static final Instant NOW = Instant.parse("2026-11-24T16:00:00Z");
    private static final Instant TUESDAY_NIGHT = Instant.parse("2026-11-25T04:00:00Z");
    private static final String STAFF = "+12065550100";
    private static final String BLOCKED = "+12065550199";
    private static final String KNOWN = "+12065550150";
    private static final String OPTED_OUT = "+12065550160";
    private static final String NEW_1 = "+12065550171";
    private static final String NEW_2 = "+12065550172";

    /** Quotes, a backslash, a new line and an emoji: whatever the text holds must arrive unchanged. */
    private final Settings settings = Settings.fromMap(Map.of(
            Settings.ZONE, "America/Chicago",
            Settings.BUSINESS_NAME, "Joe's \"Best\" Plumbing \\ Drains 🔧",
            Settings.TEMPLATE_OPEN, "Hi {first_name}, {business} here.\nSorry we missed you!",
            Settings.STAFF, STAFF,
            Settings.BLOCKED, BLOCKED));
    private final TextBackService service = new TextBackService();

    @TempDir
    Path dir;
    private SqliteStore together;
    private SqliteStore oneByOne;

    @BeforeEach
    void open() {
        together = prepared(dir.resolve("together.db"));
        oneByOne = prepared(dir.resolve("one-by-one.db"));
    }

    @AfterEach
    void close() {
        together.close();
        oneByOne.close();
    }

    /** The same history in both: a customer texted back an hour ago, and one who opted out. */
    private SqliteStore prepared(Path file) {
        SqliteStore store = new SqliteStore(file, Clock.systemUTC());
        Instant anHourAgo = NOW.minus(Duration.ofHours(1));
        store.write(s -> service.record(s, screen("CAearlier", KNOWN, anHourAgo), anHourAgo)).join();
        store.write(s -> {
            s.contacts().setOptedOut(s.contacts().upsert(OPTED_OUT, anHourAgo).id(), true, anHourAgo);
            return null;
        }).join();
        return store;
    }

    /** The same business after its owner renamed it and unblocked a number. */
    private final Settings renamed = Settings.fromMap(Map.of(
            Settings.ZONE, "America/Chicago",
            Settings.BUSINESS_NAME, "Joe & Sons",
            Settings.TEMPLATE_OPEN, "Hi {first_name}, {business} here.\nSorry we missed you!",
            Settings.STAFF, STAFF));

    private TextBackService.Screened screen(String sid, String from, Instant endedAt) {
        return screen(settings, sid, from, endedAt);
    }

    private TextBackService.Screened screen(Settings with, String sid, String from, Instant endedAt) {
        return service.screen(new MissedCall(sid, from, "+15005550006", endedAt), with);
    }

    /** Every kind of call a burst can hold, some of them twice. */
    private List<TextBackService.Screened> burst() {
        return List.of(
                screen("CA1", NEW_1, NOW),
                screen("CA2", NEW_2, NOW),
                screen("CA3", NEW_1, NOW),
                screen("CA1", NEW_1, NOW),
                screen("CAearlier", KNOWN, NOW),
                screen("CA4", "anonymous", NOW),
                screen("CA5", BLOCKED, NOW),
                screen("CA6", STAFF, NOW),
                screen("CA7", KNOWN, NOW),
                screen("CA8", OPTED_OUT, NOW),
                screen("CA9", "12", NOW),
                screen("CA10", "(206) 555-0173", NOW),
                // One call reported twice, screened before and after the number was unblocked.
                screen("CA11", BLOCKED, NOW),
                screen(renamed, "CA11", BLOCKED, NOW),
                screen("CA12", "+12065550175", TUESDAY_NIGHT),
                screen(renamed, "CA13", "+12065550176", NOW));
    }

    /** What staff would see: each thread's calls, with the decision, and its texts. */
    private static Map<String, String> screens(SqliteStore store) {
        Map<String, String> byPhone = new TreeMap<>();
        List<ThreadSummary> threads = store.read(s -> s.threads().inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")));
        for (ThreadSummary t : threads) {
            ThreadDetail detail = store.read(s -> s.threads().detail(t.id())).orElseThrow();
            byPhone.merge(t.phone(), t.stage() + " | " + t.preview() + " | "
                    + detail.calls().stream().map(c -> c.decision().name()).collect(Collectors.joining(","))
                    + " | " + detail.messages().stream().map(m -> m.kind() + ":" + m.status() + ":" + m.body())
                    .collect(Collectors.joining(",")), (a, b) -> a + " || " + b);
        }
        return byPhone;
    }

    @Test
    void aBurstRecordedTogetherLeavesWhatRecordingItCallByCallLeaves() {
        List<TextBackService.Screened> burst = burst();
        List<TextBackService.Recorded> batched = together.write(s -> service.recordAll(s, burst, NOW)).join();
        List<TextBackService.Recorded> single = burst.stream()
                .map(call -> oneByOne.write(s -> service.record(s, call, NOW)).join())
                .toList();

        assertThat(screens(together)).isEqualTo(screens(oneByOne));
        assertThat(batched).hasSameSizeAs(burst);
        for (int i = 0; i < burst.size(); i++) {
            assertThat(batched.get(i).threadId().isPresent()).as("call %d opens or joins a thread", i)
                    .isEqualTo(single.get(i).threadId().isPresent());
            assertThat(batched.get(i).textBack().map(t -> t.to() + " " + t.body()))
                    .as("text-back of call %d", i)
                    .isEqualTo(single.get(i).textBack().map(t -> t.to() + " " + t.body()));
        }
    }

    @Test
    void eachNewCallerGetsOneTextBackInItsOwnThreadAndNobodyElseGetsOne() {
        List<TextBackService.Screened> burst = burst();
        List<TextBackService.Recorded> recorded = together.write(s -> service.recordAll(s, burst, NOW)).join();

        String text = "Hi there, Joe's \"Best\" Plumbing \\ Drains 🔧 here.\nSorry we missed you!";
        Map<String, String> texts = recorded.stream().flatMap(r -> r.textBack().stream())
                .collect(Collectors.toMap(t -> t.to(), t -> t.body()));
        assertThat(texts).containsOnlyKeys(NEW_1, NEW_2, "+12065550173", "+12065550175", "+12065550176");
        assertThat(texts.get(NEW_1)).isEqualTo(text);
        assertThat(texts.get("+12065550175")).as("after hours").contains("closed");
        assertThat(texts.get("+12065550176")).isEqualTo("Hi there, Joe & Sons here.\nSorry we missed you!");
        Map<String, String> screens = screens(together);
        assertThat(screens.get(NEW_1)).isEqualTo(
                "NEW | Missed call · Already texted recently | SEND_BUSINESS_HOURS,SKIP_WINDOW | TEXT_BACK:PENDING:" + text);
        assertThat(screens.get(NEW_2)).isEqualTo(
                "NEW | " + text.replace("\n", " ") + " | SEND_BUSINESS_HOURS | TEXT_BACK:PENDING:" + text);
        assertThat(screens.get(KNOWN)).contains("SEND_BUSINESS_HOURS,SKIP_WINDOW |");
        assertThat(screens.get(OPTED_OUT)).contains("SKIP_OPTED_OUT");
        assertThat(screens).doesNotContainKeys(STAFF, BLOCKED);
        // Every call is recorded once, whatever it decided; the replays change nothing.
        java.util.Set<String> recordedCalls = together.read(s -> s.calls().recordedOf(List.of("CA1", "CA2", "CA3", "CA4",
                "CA5", "CA6", "CA7", "CA8", "CA9", "CA10", "CA11", "CA12", "CA13", "CAearlier")));
        assertThat(recordedCalls).hasSize(14);
        assertThat(screens).as("the first report of a call decides, as it would one at a time").doesNotContainKey(BLOCKED);
        assertThat(recorded.get(3).threadId()).isEmpty();
        assertThat(recorded.get(4).threadId()).isEmpty();
    }

    @Test
    void aBurstRecordedAgainChangesNothing() {
        List<TextBackService.Screened> burst = burst();
        together.write(s -> service.recordAll(s, burst, NOW)).join();
        Map<String, String> before = screens(together);

        List<TextBackService.Recorded> again = together.write(s -> service.recordAll(s, burst, NOW.plusSeconds(5))).join();

        assertThat(again).allSatisfy(r -> {
            assertThat(r.threadId()).isEmpty();
            assertThat(r.textBack()).isEmpty();
        });
        assertThat(screens(together)).isEqualTo(before);
    }

    @Test
    void eachTextBackIsFiledWithItsOwnCallersThreadCallAndMessage() {
        List<TextBackService.Recorded> recorded = together.write(s -> service.recordAll(s, burst(), NOW)).join();

        List<OutboxItem> queued = recorded.stream().flatMap(r -> r.textBack().stream()).toList();
        // What the sender is handed is what the outbox holds, row for row.
        List<OutboxItem> stored = together.read(s -> s.outbox().due(NOW.plusSeconds(60), 100));
        assertThat(queued).hasSize(5);
        assertThat(stored).containsAll(queued);
        for (int i = 0; i < recorded.size(); i++) {
            TextBackService.Recorded r = recorded.get(i);
            r.textBack().ifPresent(text -> {
                assertThat(r.threadId()).hasValue(text.threadId());
                ThreadDetail thread = together.read(s -> s.threads().detail(text.threadId())).orElseThrow();
                assertThat(thread.summary().phone()).isEqualTo(text.to());
                assertThat(thread.calls()).allSatisfy(c -> assertThat(c.caller()).isEqualTo(text.to()));
                assertThat(thread.messages()).anySatisfy(m -> {
                    assertThat(m.id()).isEqualTo(text.messageId());
                    assertThat(m.body()).isEqualTo(text.body());
                });
            });
        }
    }
}
