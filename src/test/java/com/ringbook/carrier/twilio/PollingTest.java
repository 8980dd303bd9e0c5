package com.ringbook.carrier.twilio;

import static com.ringbook.carrier.twilio.TwilioFixture.BUSINESS;
import static com.ringbook.carrier.twilio.TwilioFixture.CUSTOMER;
import static com.ringbook.carrier.twilio.TwilioFixture.OTHER_NUMBER;
import static com.ringbook.carrier.twilio.TwilioFixture.T0;
import static com.ringbook.carrier.twilio.TwilioFixture.callSid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.CarrierEvent;
import com.ringbook.carrier.CarrierHealth;
import com.ringbook.carrier.CarrierListener;
import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.domain.DeliveryStatus;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PollingTest {
    private final TwilioFixture fx = new TwilioFixture();

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void reportsEveryShapeOfMissedCallOnceAndNothingElse() {
        fx.inbound(1, "no-answer", 10);
        fx.inbound(2, "busy", 20);
        fx.inbound(3, "failed", 30);
        fx.inbound(4, "canceled", 40);
        fx.inbound(5, "completed", 50);                       // answered by a menu, no leg dialled
        fx.inbound(6, "completed", 60);
        fx.leg(61, 6, "no-answer", 0);                        // the staff phone rang out
        fx.inbound(7, "completed", 70);
        fx.leg(71, 7, "completed", 95);                       // staff picked up: not a miss
        fx.inbound(8, "completed", 80);
        fx.leg(81, 8, "completed", 25).answeredBy("machine_end_beep"); // a staff phone's voicemail
        fx.inbound(9, "completed", 90);
        fx.leg(91, 9, "busy", 0);
        fx.leg(92, 9, "in-progress", 0);                      // one of two legs still talking
        fx.inbound(10, "no-answer", 100).direction("outbound-api");
        fx.inbound(11, "no-answer", 110).to(OTHER_NUMBER);
        fx.inbound(12, "no-answer", 120).from("anonymous");
        fx.inbound(13, "busy", 130).from("+266696687");
        fx.inbound(14, "no-answer", -3600);                   // before Ringbook was set up

        RecordingListener listener = new RecordingListener();
        fx.carrier().start(listener);

        List<String> expected = List.of(callSid(1), callSid(2), callSid(3), callSid(4), callSid(5), callSid(6),
                callSid(8), callSid(12), callSid(13));
        await().atMost(5, TimeUnit.SECONDS).until(() -> listener.missedSids().size() >= expected.size());
        waitForPolls(3);
        assertThat(listener.missedSids()).containsExactlyInAnyOrderElementsOf(expected);

        CarrierEvent.MissedCall first = listener.events(CarrierEvent.MissedCall.class).get(0);
        assertThat(first).isEqualTo(new CarrierEvent.MissedCall(callSid(1), CUSTOMER, BUSINESS, T0.plusSeconds(30)));
        assertThat(listener.events(CarrierEvent.MissedCall.class))
                .filteredOn(e -> e.carrierSid().equals(callSid(12))).singleElement()
                .extracting(CarrierEvent.MissedCall::from).isEqualTo("anonymous");
        assertThat(listener.lastHealth().state()).isEqualTo(CarrierHealth.State.OK);
    }

    /** A desk that stops running the engine (shared store) stops polling; when it runs it again, polling resumes. */
    @Test
    void aCarrierThatStoppedListeningPollsNothingAndListensAgainWhenStartedAgain() {
        RecordingListener first = new RecordingListener();
        TwilioCarrier carrier = fx.carrier();
        carrier.start(first);
        waitForPolls(1);
        carrier.stopListening();
        long stoppedAt = callListings();
        fx.inbound(1, "no-answer", 10);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> callListings() == stoppedAt);
        assertThat(first.missedSids()).isEmpty();

        RecordingListener again = new RecordingListener();
        carrier.start(again);
        await().atMost(5, TimeUnit.SECONDS).until(() -> again.missedSids().contains(callSid(1)));
        assertThat(first.missedSids()).isEmpty();
    }

    @Test
    void aForwardingTargetCountsEveryEndedInboundCallAsMissed() {
        fx.inbound(1, "completed", 10);
        fx.leg(11, 1, "completed", 60);
        fx.inbound(2, "in-progress", 20).ongoing(T0.plusSeconds(20));
        fx.inbound(3, "completed", 30).direction("outbound-api");

        RecordingListener listener = new RecordingListener();
        fx.carrier(fx.forwardingTargetSettings(), TwilioFixture.AUTH_TOKEN, TwilioFixture.FAST).start(listener);

        await().atMost(5, TimeUnit.SECONDS).until(() -> !listener.missedSids().isEmpty());
        waitForPolls(2);
        assertThat(listener.missedSids()).containsExactly(callSid(1));
    }

    @Test
    void aCallStillRingingIsReportedWhenItEndsEvenAfterLaterCallsAndARestart() {
        fx.inbound(1, "ringing", 10).ongoing(T0.plusSeconds(10));
        fx.inbound(2, "no-answer", 3600);                     // an hour later: well past the overlap

        RecordingListener first = new RecordingListener();
        TwilioCarrier carrier = fx.carrier();
        carrier.start(first);
        await().atMost(5, TimeUnit.SECONDS).until(() -> first.missedSids().contains(callSid(2)));
        fx.fake.updateCall(callSid(1), c -> c.status("in-progress"));
        waitForPolls(2);
        assertThat(first.missedSids()).containsExactly(callSid(2));
        carrier.close();

        fx.fake.updateCall(callSid(1), c -> c.status("completed").at(T0.plusSeconds(10), 40));
        fx.leg(11, 1, "no-answer", 0);
        assertARestartReportsOnly(callSid(1));
    }

    @Test
    void pagesThroughEveryPageNewestFirst() {
        fx.fake.maxPageSize(3);
        IntStream.rangeClosed(1, 10).forEach(n -> fx.inbound(n, "no-answer", n * 10));

        RecordingListener listener = new RecordingListener();
        fx.carrier().start(listener);

        await().atMost(5, TimeUnit.SECONDS).until(() -> listener.missedSids().size() >= 10);
        waitForPolls(2);
        assertThat(listener.missedSids()).doesNotHaveDuplicates().hasSize(10);
        assertThat(fx.fake.requests()).anyMatch(r -> r.contains("Calls.json") && r.contains("PageToken=PA"));
    }

    @Test
    void aRestartInTheMiddleOfPagingReportsNothingTwice() throws Exception {
        fx.fake.maxPageSize(3);
        IntStream.rangeClosed(1, 10).forEach(n -> fx.inbound(n, "no-answer", n * 10));
        RecordingListener before = new RecordingListener();
        RecordingListener after = new RecordingListener();
        restartWhenBlocked((resource, page, query) -> resource.equals("Calls") && page == 2, before, after);

        await().atMost(5, TimeUnit.SECONDS).until(() -> before.missedSids().size() + after.missedSids().size() >= 10);
        waitForPolls(2);
        assertNoSidTwice(before, after, 10);
    }

    @Test
    void aRestartWhileReportingCallsGoesOnWhereItStopped() throws Exception {
        fx.fake.maxPageSize(3);
        for (int n = 1; n <= 8; n++) {
            fx.inbound(n, "completed", n * 10);
            fx.leg(100 + n, n, "no-answer", 0);
        }
        RecordingListener before = new RecordingListener();
        RecordingListener after = new RecordingListener();
        // Blocks while asking about the legs of the sixth call, after five were reported.
        restartWhenBlocked((resource, page, query) -> callSid(6).equals(query.get("ParentCallSid")), before, after);

        assertThat(before.missedSids()).hasSize(5);
        await().atMost(5, TimeUnit.SECONDS).until(() -> after.missedSids().size() >= 3);
        waitForPolls(2);
        assertNoSidTwice(before, after, 8);
    }

    /** Starts a carrier, closes it while the fake is held at the first request {@code where} matches, starts another. */
    private void restartWhenBlocked(Where where, RecordingListener before, RecordingListener after) throws Exception {
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean blockedOnce = new AtomicBoolean();
        fx.fake.pageHook((resource, page, query) -> {
            if (where.matches(resource, page, query) && blockedOnce.compareAndSet(false, true)) {
                reached.countDown();
                release.await(10, TimeUnit.SECONDS);
            }
            return null;
        });
        TwilioCarrier first = fx.carrier();
        first.start(before);
        try {
            assertThat(reached.await(5, TimeUnit.SECONDS)).isTrue();
            first.close();
        } finally {
            release.countDown();
        }
        fx.carrier().start(after);
    }

    interface Where {
        boolean matches(String resource, int page, Map<String, String> query);
    }

    private static void assertNoSidTwice(RecordingListener before, RecordingListener after, int total) {
        Set<String> first = new HashSet<>(before.missedSids());
        assertThat(before.missedSids()).doesNotHaveDuplicates();
        assertThat(after.missedSids()).doesNotHaveDuplicates().noneMatch(first::contains);
        assertThat(first.size() + after.missedSids().size()).isEqualTo(total);
    }

    @Test
    void aServerErrorHalfwayThroughThePagesIsRetriedWithoutDuplicates() {
        fx.fake.maxPageSize(3);
        IntStream.rangeClosed(1, 7).forEach(n -> fx.inbound(n, "no-answer", n * 10));
        AtomicBoolean failedOnce = new AtomicBoolean();
        fx.fake.pageHook((resource, page, query) ->
                resource.equals("Calls") && page == 1 && failedOnce.compareAndSet(false, true) ? 500 : null);

        RecordingListener listener = new RecordingListener();
        fx.carrier().start(listener);

        await().atMost(5, TimeUnit.SECONDS).until(() -> listener.missedSids().size() >= 7);
        waitForPolls(2);
        assertThat(listener.missedSids()).doesNotHaveDuplicates().hasSize(7);
        assertThat(listener.health).extracting(CarrierHealth::state).contains(CarrierHealth.State.DEGRADED);
        assertThat(listener.lastHealth().state()).isEqualTo(CarrierHealth.State.OK);
    }

    @Test
    void reportsInboundTextsOnceAcrossPages() {
        fx.fake.maxPageSize(2);
        for (int n = 1; n <= 5; n++) {
            fx.fake.addInboundText(FakeTwilioServer.sid("SM", n), CUSTOMER, BUSINESS, "kitchen sink " + n, T0.plusSeconds(n));
        }
        fx.fake.addInboundText(FakeTwilioServer.sid("SM", 6), CUSTOMER, OTHER_NUMBER, "not for us", T0.plusSeconds(6));
        fx.fake.addInboundText(FakeTwilioServer.sid("SM", 7), CUSTOMER, BUSINESS, "old news", T0.minusSeconds(7200));

        RecordingListener listener = new RecordingListener();
        fx.carrier().start(listener);

        await().atMost(5, TimeUnit.SECONDS).until(() -> listener.events(CarrierEvent.InboundText.class).size() >= 5);
        waitForPolls(2);
        List<CarrierEvent.InboundText> texts = listener.events(CarrierEvent.InboundText.class);
        assertThat(texts).extracting(CarrierEvent.InboundText::body)
                .containsExactlyInAnyOrder("kitchen sink 1", "kitchen sink 2", "kitchen sink 3", "kitchen sink 4", "kitchen sink 5");
        assertThat(texts).extracting(CarrierEvent.InboundText::receivedAt).isSorted();
        assertThat(texts.get(0)).isEqualTo(new CarrierEvent.InboundText(FakeTwilioServer.sid("SM", 1), CUSTOMER, BUSINESS,
                "kitchen sink 1", T0.plusSeconds(1)));
    }

    @Test
    void reportsDeliveryOfOurTextsIncludingUnregisteredNumberFailures() {
        RecordingListener listener = new RecordingListener();
        TwilioCarrier carrier = fx.carrier();
        carrier.start(listener);
        String delivered = ((SendResult.Accepted) carrier.send(new OutgoingText("k1", CUSTOMER, "Sorry we missed you"))).sid();
        String blocked = ((SendResult.Accepted) carrier.send(new OutgoingText("k2", OTHER_NUMBER, "Sorry we missed you"))).sid();

        fx.fake.setMessageStatus(delivered, "delivered", null, null);
        fx.fake.setMessageStatus(blocked, "undelivered", 30034, "Message from an Unregistered Number");

        await().atMost(5, TimeUnit.SECONDS).until(() -> listener.events(CarrierEvent.DeliveryUpdate.class).size() >= 2);
        waitForPolls(2);
        List<CarrierEvent.DeliveryUpdate> updates = listener.events(CarrierEvent.DeliveryUpdate.class);
        assertThat(updates).hasSize(2);
        assertThat(updates).filteredOn(u -> u.carrierSid().equals(delivered)).singleElement()
                .isEqualTo(new CarrierEvent.DeliveryUpdate(delivered, DeliveryStatus.DELIVERED, null, null));
        CarrierEvent.DeliveryUpdate failure = updates.stream().filter(u -> u.carrierSid().equals(blocked)).findFirst().orElseThrow();
        assertThat(failure.status()).isEqualTo(DeliveryStatus.UNDELIVERED);
        assertThat(failure.errorCode()).isEqualTo("30034");
        assertThat(failure.errorText()).contains("US carriers block texts").contains("Register");
    }

    @Test
    void badCredentialsAreReportedAndRetriedSlowlyWithoutThrowing() {
        RecordingListener listener = new RecordingListener();
        fx.carrier(fx.settings(), "not-the-token", TwilioFixture.FAST).start(listener);

        await().atMost(5, TimeUnit.SECONDS).until(() -> listener.lastHealth() != null
                && listener.lastHealth().state() == CarrierHealth.State.DOWN);
        assertThat(listener.lastHealth().message()).contains("did not accept the Account SID and auth token");
        long before = callListings();
        await().pollDelay(Duration.ofMillis(700)).atMost(3, TimeUnit.SECONDS).until(() -> true);
        // 300 ms apart while refused, not the 100 ms of a working poll.
        assertThat(callListings() - before).isBetween(1L, 4L);
        assertThat(listener.events).isEmpty();
    }

    @Test
    void callsFoundInOnePollAreHandedOverTogetherNotOneDiskSyncApiece() {
        IntStream.rangeClosed(1, 20).forEach(i -> fx.inbound(i, "no-answer", 10 + i));
        RecordingListener listener = new RecordingListener();
        // Nothing is saved until all 20 are in hand: waiting for each before the next would stall.
        listener.savedTogether = 20;

        fx.carrier().start(listener);

        await().atMost(5, TimeUnit.SECONDS).until(() -> listener.missedSids().size() >= 20);
        waitForPolls(3);
        assertThat(listener.missedSids()).hasSize(20).doesNotHaveDuplicates();
        assertThat(listener.health).noneMatch(h -> h.message().contains("not saving"));
    }

    @Test
    void stoppingWhileACallWaitsToBeSavedLeavesItToBeReportedOnTheNextStart() {
        fx.inbound(1, "no-answer", -240);
        fx.inbound(2, "no-answer", 600);
        RecordingListener first = new RecordingListener();
        first.unsaved.set(1);
        Timing patient = new Timing(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(300),
                Duration.ofSeconds(3), Duration.ofSeconds(3));
        TwilioCarrier carrier = fx.carrier(fx.settings(), TwilioFixture.AUTH_TOKEN, patient);
        carrier.start(first);
        await().atMost(5, TimeUnit.SECONDS).until(() -> first.missedSids().size() == 2);

        carrier.close();   // while the poller waits for call 1 to be saved

        assertARestartReportsOnly(callSid(1));
    }

    @Test
    void aStopAndALaterStartReachTheEngineInThatOrderEvenWhenSavingTheStopIsSlow() {
        fx.fake.addInboundText(FakeTwilioServer.sid("SM", 1), CUSTOMER, BUSINESS, "STOP", T0.plusSeconds(1));
        fx.fake.addInboundText(FakeTwilioServer.sid("SM", 2), CUSTOMER, BUSINESS, "START", T0.plusSeconds(2));
        List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ScheduledExecutorService later = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        CarrierListener slowStop = new CarrierListener() {
            @Override
            public java.util.concurrent.CompletableFuture<Void> onEvent(CarrierEvent event) {
                if (!(event instanceof CarrierEvent.InboundText text)) {
                    return java.util.concurrent.CompletableFuture.completedFuture(null);
                }
                order.add("reported " + text.body());
                java.util.concurrent.CompletableFuture<Void> saved = new java.util.concurrent.CompletableFuture<>();
                // Saving the STOP takes a retry; START must not be handed over before it lands.
                later.schedule(() -> {
                    order.add("saved " + text.body());
                    saved.complete(null);
                }, text.body().equals("STOP") ? 150 : 0, TimeUnit.MILLISECONDS);
                return saved;
            }

            @Override
            public void onHealth(CarrierHealth health) {
            }
        };
        try {
            fx.carrier().start(slowStop);
            await().atMost(5, TimeUnit.SECONDS).until(() -> order.size() >= 4);
            assertThat(order.subList(0, 4)).containsExactly("reported STOP", "saved STOP", "reported START", "saved START");
        } finally {
            later.shutdownNow();
        }
    }

    @Test
    void aCallTheEngineGivesUpOnHoldsNothingElseUp() {
        fx.inbound(1, "no-answer", 10);
        fx.inbound(2, "no-answer", 20);
        fx.fake.addInboundText(FakeTwilioServer.sid("SM", 1), CUSTOMER, BUSINESS, "Are you open today?", T0.plusSeconds(30));
        RecordingListener listener = new RecordingListener();
        listener.refused.add(callSid(1));

        fx.carrier().start(listener);

        await().atMost(5, TimeUnit.SECONDS).until(() -> listener.missedSids().contains(callSid(2))
                && listener.events(CarrierEvent.InboundText.class).size() == 1);
        await().atMost(5, TimeUnit.SECONDS).until(() -> listener.lastHealth().state() == CarrierHealth.State.OK);
        assertThat(listener.health).noneMatch(h -> h.message().contains("not saving"));
        assertThat(listener.missedSids()).filteredOn(callSid(2)::equals).hasSize(1);
    }

    @Test
    void aCallTheEngineCouldNotSaveIsReportedAgainUntilItIs() {
        fx.inbound(1, "no-answer", 10);
        RecordingListener listener = new RecordingListener();
        listener.unsaved.set(2);

        fx.carrier().start(listener);

        await().atMost(5, TimeUnit.SECONDS).until(() -> listener.missedSids().size() == 3);
        await().atMost(5, TimeUnit.SECONDS).until(() -> listener.lastHealth().state() == CarrierHealth.State.OK);
        waitForPolls(3);
        assertThat(listener.missedSids()).containsExactly(callSid(1), callSid(1), callSid(1));
        assertThat(listener.health).anySatisfy(h -> {
            assertThat(h.state()).isEqualTo(CarrierHealth.State.DEGRADED);
            assertThat(h.message()).contains("database is not saving");
        });
    }

    /** A fresh carrier on the same saved state reports exactly this call, and nothing more. */
    private void assertARestartReportsOnly(String sid) {
        RecordingListener restarted = new RecordingListener();
        fx.carrier().start(restarted);
        await().atMost(5, TimeUnit.SECONDS).until(() -> restarted.missedSids().contains(sid));
        waitForPolls(2);
        assertThat(restarted.missedSids()).containsExactly(sid);
    }

    private long callListings() {
        return fx.fake.requests().stream().filter(r -> r.startsWith("GET ") && r.contains("/Calls.json?")
                && !r.contains("ParentCallSid")).count();
    }

    /** Waits until the carrier has listed calls {@code n} more times, so a late duplicate would show. */
    private void waitForPolls(int n) {
        long target = callListings() + n;
        await().atMost(5, TimeUnit.SECONDS).until(() -> callListings() >= target);
    }
}
