package com.ringbook.carrier.twilio;

import com.ringbook.carrier.CarrierEvent;
import com.ringbook.carrier.CarrierHealth;
import com.ringbook.domain.DeliveryStatus;
import com.twilio.base.Page;
import com.twilio.base.Reader;
import com.twilio.base.Resource;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Message;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Twilio's call and message lists on a timer: works behind any office router, no public URL.
 *
 * <p>Twilio's list filters are whole days and its lists are newest first, so each poll asks for a
 * day more than it needs, pages until it is past the cursor, and filters by time itself. The cursor
 * trails the newest item by an overlap (lists can lag a little) and never passes a call that has not
 * ended yet; the SIDs inside that window are remembered so nothing is reported twice, even after a
 * restart halfway through the pages.
 */
final class TwilioPoller {
    private static final Logger log = LoggerFactory.getLogger(TwilioPoller.class);

    static final long PAGE_SIZE = 100;
    /** How far behind the newest item the cursor stays, for items Twilio lists a little late. */
    private static final Duration OVERLAP = Duration.ofMinutes(5);
    /** Twilio's longest allowed call; a call "in progress" for longer is stuck and stops holding the cursor. */
    private static final Duration LONGEST_CALL = Duration.ofHours(24);
    private static final int FAILURES_BEFORE_DOWN = 5;
    private static final int SAVE_BATCH = 50;

    private final TwilioRestClient client;
    private final OneShotHttpClient http;
    private final String accountSid;
    private final String businessNumber;
    private final CallClassifier classifier;
    private final PollState state;
    /** Only the poll thread reports through it. */
    private final EngineHandOff.Batch reported;
    private final HealthReporter health;
    private final Duration interval;
    private final Duration authRetry;
    private final Clock clock;
    private final CarrierHealth whenWorking;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "twilio-poller");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopped;
    private int failures;

    TwilioPoller(TwilioRestClient client, OneShotHttpClient http, String accountSid, String businessNumber,
                 boolean forwardingTarget, PollState state, EngineHandOff handOff, HealthReporter health,
                 Duration interval, Duration authRetry, Clock clock, CarrierHealth whenWorking) {
        this.client = client;
        this.http = http;
        this.accountSid = accountSid;
        this.businessNumber = businessNumber;
        this.classifier = new CallClassifier(businessNumber, forwardingTarget, this::childLegs);
        this.state = state;
        this.reported = handOff.new Batch();
        this.health = health;
        this.interval = interval;
        this.authRetry = authRetry;
        this.clock = clock;
        this.whenWorking = whenWorking;
    }

    void start() {
        timer.execute(this::cycle);
    }

    /**
     * Stops at once, abandoning a request in flight; what was reported so far is saved, so the next
     * start goes on from there without repeating it.
     */
    void stop() {
        stopped = true;
        timer.shutdownNow();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("The Twilio poller did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        state.save();
    }

    /**
     * One poll, then the next one is booked whatever happened: a poller that dies quietly would leave
     * every later caller without a text, which is worse than any error it could meet.
     */
    private void cycle() {
        Duration next = interval;
        try {
            if (pollCalls() && pollInboundTexts() && pollDeliveries()) {
                failures = 0;
                health.report(whenWorking.state(), whenWorking.message());
            }
        } catch (ApiException e) {
            next = refused(e);
        } catch (OneShotHttpClient.NotSent | OneShotHttpClient.MaybeSent e) {
            trouble(e.getMessage() + ".");
        } catch (ApiConnectionException e) {
            // The SDK's message quotes the whole unreadable answer; the status bar gets the gist.
            trouble(TwilioErrors.notTwilio(http.apiBase(), 200));
        } catch (EngineHandOff.EventNotSaved e) {
            // Already said plainly; the stack of a full disk helps nobody, every few seconds.
            trouble(e.getMessage() + ".");
        } catch (RuntimeException e) {
            log.warn("Checking Twilio for calls failed", e);
            trouble("Checking Twilio for calls failed: " + e.getMessage() + ".");
        } catch (Error e) {
            log.error("Checking Twilio for calls failed badly; trying again", e);
            throw e;
        } finally {
            saveQuietly();
            if (!stopped) {
                timer.schedule(this::cycle, next.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private void saveQuietly() {
        try {
            // Confirms what the engine saved meanwhile, so it is saved as seen now rather than next time.
            reported.awaitSaved();
        } catch (EngineHandOff.EventNotSaved e) {
            // Not confirmed, so not saved as seen: the next poll reports them again.
        } catch (RuntimeException e) {
            log.warn("Waiting for the engine to save Twilio events failed; they are reported again", e);
        }
        try {
            state.save();
        } catch (RuntimeException e) {
            // Still in memory, so nothing is reported twice while running; the next save tries again.
            log.warn("Could not save the Twilio poll position: {}", e.getMessage());
        }
    }

    private Duration refused(ApiException e) {
        Optional<OneShotHttpClient.LastResponse> last = http.lastResponseOnThisThread();
        Integer status = last.map(OneShotHttpClient.LastResponse::status).orElse(e.getStatusCode());
        if (TwilioErrors.isBadCredentials(e, status)) {
            report(CarrierHealth.State.DOWN, TwilioErrors.BAD_CREDENTIALS + " Ringbook will try again every "
                    + Timing.describe(authRetry) + "; missed calls are picked up once it gets in.");
            return authRetry;
        }
        if (status != null && status == 429) {
            report(CarrierHealth.State.DEGRADED, "Twilio asked Ringbook to check less often; slowing down for a moment.");
            Duration asked = last.flatMap(OneShotHttpClient.LastResponse::retryAfter).orElse(Duration.ZERO);
            return asked.compareTo(interval) > 0 ? asked : interval;
        }
        if (status != null && status >= 500) {
            trouble("Twilio had a problem on its side (HTTP " + status + ").");
            return interval;
        }
        if (e.getCode() == null) {
            report(CarrierHealth.State.DOWN, TwilioErrors.notTwilio(http.apiBase(), status == null ? 0 : status));
            return authRetry;
        }
        report(CarrierHealth.State.DOWN, "Twilio refused to list this account's calls: " + e.getMessage()
                + " (error " + e.getCode() + "). Check the Account SID and number in Settings.");
        return authRetry;
    }

    private void trouble(String what) {
        failures++;
        report(failures >= FAILURES_BEFORE_DOWN ? CarrierHealth.State.DOWN : CarrierHealth.State.DEGRADED,
                what + " Retrying; missed calls are picked up once it is back.");
    }

    private void report(CarrierHealth.State s, String message) {
        if (!stopped && health.report(s, message)) {
            log.warn("Twilio: {}", message);
        }
    }

    /** @return false when stopped halfway */
    private boolean pollCalls() {
        Instant cursor = state.callCursor();
        List<Call> window = listSince(Call.reader(accountSid).setTo(businessNumber).setStartTimeAfter(dayBefore(cursor))
                .setPageSize(PAGE_SIZE), cursor, this::startOf);
        Instant newest = cursor;
        Instant oldestStillRinging = null;
        Instant stuckBefore = clock.instant().minus(LONGEST_CALL);
        int handled = 0;
        for (Call call : window) {
            if (stopped) {
                return false;
            }
            Instant started = startOf(call);
            newest = later(newest, started);
            if (state.isSeen(call.getSid())) {
                continue;
            }
            CallClassifier.Verdict verdict = classifier.classify(call);
            if (verdict == CallClassifier.Verdict.NOT_ENDED) {
                if (started.isAfter(stuckBefore) && (oldestStillRinging == null || started.isBefore(oldestStillRinging))) {
                    oldestStillRinging = started;
                }
            } else if (verdict != CallClassifier.Verdict.MISSED) {
                state.markSeen(call.getSid(), started);
            } else if (state.markReported(call.getSid(), started)) {
                reported.report(new CarrierEvent.MissedCall(call.getSid(), call.getFrom(), call.getTo(), endOf(call)));
            }
            saveEvery(++handled);
        }
        if (stopped) {
            return false;
        }
        Instant settled = newest.minus(OVERLAP);
        if (oldestStillRinging != null && oldestStillRinging.isBefore(settled)) {
            settled = oldestStillRinging;
        }
        reported.awaitSaved();
        state.moveCallCursor(later(cursor, settled));
        return true;
    }

    private boolean pollInboundTexts() {
        Instant cursor = state.messageCursor();
        List<Message> window = listSince(Message.reader(accountSid).setTo(businessNumber)
                .setDateSentAfter(dayBefore(cursor)).setPageSize(PAGE_SIZE), cursor, this::receivedAt);
        Instant newest = cursor;
        int handled = 0;
        for (Message m : window) {
            if (stopped) {
                return false;
            }
            Instant received = receivedAt(m);
            newest = later(newest, received);
            if (m.getDirection() == Message.Direction.INBOUND && state.markReported(m.getSid(), received)) {
                reported.report(new CarrierEvent.InboundText(m.getSid(), String.valueOf(m.getFrom()), m.getTo(),
                        m.getBody(), received));
                // One at a time: a STOP and a later START must land in that order, even if one save is retried.
                reported.awaitSaved();
            }
            saveEvery(++handled);
        }
        if (stopped) {
            return false;
        }
        reported.awaitSaved();
        state.moveMessageCursor(later(cursor, newest.minus(OVERLAP)));
        return true;
    }

    /** Statuses of our own texts, for those still short of delivered or failed. */
    private boolean pollDeliveries() {
        Map<String, PollState.Pending> pending = state.pending(clock.instant());
        if (pending.isEmpty()) {
            return true;
        }
        Instant oldest = pending.values().stream().map(p -> Instant.ofEpochSecond(p.sentAt()))
                .min(Comparator.naturalOrder()).orElseThrow();
        List<Message> window = listSince(Message.reader(accountSid).setFrom(businessNumber)
                .setDateSentAfter(dayBefore(oldest)).setPageSize(PAGE_SIZE), oldest.minus(OVERLAP), this::receivedAt);
        for (Message m : window) {
            if (pending.containsKey(m.getSid()) && m.getStatus() != null) {
                reportStatus(m);
            }
        }
        return !stopped;
    }

    /**
     * Every item at or after {@code from}, oldest first, so events reach the engine in the order they
     * happened (a STOP before its START) whatever page they were on. Lists are newest first, so the
     * first page without such an item is the last one needed.
     */
    private <T extends Resource> List<T> listSince(Reader<T> reader, Instant from, Function<T, Instant> at) {
        List<T> found = new ArrayList<>();
        Page<T> page = reader.firstPage(client);
        while (true) {
            List<T> inWindow = page.getRecords().stream().filter(r -> !at.apply(r).isBefore(from)).toList();
            found.addAll(inWindow);
            if (stopped || inWindow.isEmpty() || !page.hasNextPage()) {
                break;
            }
            page = reader.nextPage(page, client);
        }
        found.sort(Comparator.comparing(at));
        return found;
    }

    /** Saves in batches: a kill between saves repeats a few SIDs, which the engine ignores; each save costs a write. */
    private void saveEvery(int handled) {
        if (handled % SAVE_BATCH == 0) {
            reported.awaitSaved();
            state.save();
        }
    }

    private void reportStatus(Message m) {
        Optional<DeliveryStatus> status = DeliveryStatuses.of(m.getStatus().toString());
        if (status.isPresent() && state.updateStatus(m.getSid(), status.get())) {
            Integer code = m.getErrorCode();
            reported.report(new CarrierEvent.DeliveryUpdate(m.getSid(), status.get(),
                    code == null ? null : String.valueOf(code), DeliveryStatuses.errorText(code, m.getErrorMessage()),
                    status.get().isFinalFailure() && TwilioErrors.isBadNumber(code)));
        }
    }

    private List<Call> childLegs(String parentSid) {
        var reader = Call.reader(accountSid).setParentCallSid(parentSid).setPageSize(PAGE_SIZE);
        List<Call> legs = new ArrayList<>();
        Page<Call> page = reader.firstPage(client);
        legs.addAll(page.getRecords());
        while (page.hasNextPage()) {
            page = reader.nextPage(page, client);
            legs.addAll(page.getRecords());
        }
        return legs;
    }

    private Instant startOf(Call call) {
        ZonedDateTime t = call.getStartTime() != null ? call.getStartTime() : call.getDateCreated();
        // A call with no time at all is brand new: keep it inside the window until Twilio fills it in.
        return t != null ? t.toInstant() : state.callCursor();
    }

    private Instant endOf(Call call) {
        if (call.getEndTime() != null) {
            return call.getEndTime().toInstant();
        }
        return clock.instant();
    }

    private Instant receivedAt(Message m) {
        ZonedDateTime t = m.getDateSent() != null ? m.getDateSent() : m.getDateCreated();
        return t != null ? t.toInstant() : state.messageCursor();
    }

    /** Twilio compares these filters by whole UTC day; a day earlier is always wide enough. */
    static ZonedDateTime dayBefore(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).minusDays(1);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
