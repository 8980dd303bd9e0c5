package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ringbook as the headless service runs it (no window, the real clock, the simulated carrier) with
 * RINGBOOK_FOLLOWUP_AFTER=PT10S: a caller who stays quiet gets exactly one nudge ten seconds after the
 * text-back, and none while RINGBOOK_SENDING_HOURS are closed. Prints the phone's side for the record.
 */
class FollowUpHeadlessRunTest {
    private static final String CALLER = "+12065550142";

    @TempDir
    Path dir;

    private static List<Simulation.PhoneText> phone(Ringbook ringbook) {
        return ringbook.engine().simulation().orElseThrow().phoneConversation(CALLER).join();
    }

    private static void print(String run, List<Simulation.PhoneText> texts) {
        texts.forEach(t -> System.out.println("[" + run + "] " + t.at() + (t.fromBusiness() ? " business -> " : " customer -> ")
                + t.body()));
    }

    @Test
    void aQuietCallerGetsExactlyOneNudgeTenSecondsAfterTheTextBack() {
        Map<String, String> env = Map.of("RINGBOOK_FOLLOWUP_AFTER", "PT10S", "RINGBOOK_SENDING_HOURS", "00:00-23:59",
                "RINGBOOK_TIMEZONE", "UTC");
        try (Ringbook ringbook = Ringbook.open(dir, env, Clock.systemUTC())) {
            ringbook.engine().simulation().orElseThrow().ringAndMiss(CALLER).join();
            await().atMost(Duration.ofSeconds(10)).until(() -> phone(ringbook).size() == 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> phone(ringbook).size() == 2);
            // Well past a second wait: one nudge per silence.
            await().pollDelay(Duration.ofSeconds(25)).atMost(Duration.ofSeconds(30)).until(() -> true);
            List<Simulation.PhoneText> texts = phone(ringbook);
            print("PT10S", texts);
            assertThat(texts).hasSize(2).allMatch(Simulation.PhoneText::fromBusiness);
            // The wait counts from when the text-back was written; the carrier took it a moment later.
            assertThat(Duration.between(texts.get(0).at(), texts.get(1).at())).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(15));
            assertThat(texts.get(1).body()).contains("Still need a hand?");
        }
    }

    @Test
    void noNudgeGoesWhileTheSendingHoursAreClosed() {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("UTC"));
        // A one-hour window half a day away from now: closed for the whole run.
        int opens = Math.min((now.getHour() + 12) % 24, 22);
        String window = String.format("%02d:00-%02d:00", opens, opens + 1);
        Map<String, String> env = Map.of("RINGBOOK_FOLLOWUP_AFTER", "PT10S", "RINGBOOK_SENDING_HOURS", window,
                "RINGBOOK_TIMEZONE", "UTC");
        try (Ringbook ringbook = Ringbook.open(dir, env, Clock.systemUTC())) {
            ringbook.engine().simulation().orElseThrow().ringAndMiss(CALLER).join();
            await().atMost(Duration.ofSeconds(10)).until(() -> phone(ringbook).size() == 1);
            await().pollDelay(Duration.ofSeconds(25)).atMost(Duration.ofSeconds(30)).until(() -> true);
            print("closed " + window, phone(ringbook));
            assertThat(phone(ringbook)).as("the text-back only").hasSize(1);
            long thread = ringbook.engine().conversations().inbox(com.ringbook.domain.InboxQuery.firstPage(
                    com.ringbook.domain.InboxQuery.Filter.ALL, "")).join().get(0).id();
            ZonedDateTime due = ringbook.followUps().scheduled(thread).join().orElseThrow().dueAt().atZone(ZoneId.of("UTC"));
            System.out.println("[closed " + window + "] follow-up scheduled for " + due);
            assertThat(due.getHour()).isEqualTo(opens);
            assertThat(due.getMinute()).isZero();
        }
    }
}
