package com.ringbook.carrier.twilio;

import com.ringbook.carrier.CarrierEvent;
import com.ringbook.carrier.CarrierListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands Twilio's calls and texts to the engine. One counts as seen (in the poll state, which is what
 * keeps it from being reported twice) only once the engine has it on disk: whoever saves the poll
 * state first waits for its batch, and an event not saved in time is forgotten as seen, so the next
 * poll reports it again.
 */
final class EngineHandOff {
    private static final Logger log = LoggerFactory.getLogger(EngineHandOff.class);

    /** Ringbook's own store is not saving (a full disk, a locked file): the event waits at Twilio. */
    static final class EventNotSaved extends RuntimeException {
        EventNotSaved() {
            super("Ringbook's database is not saving right now; calls and texts wait at Twilio until it does");
        }
    }

    private record InFlight(String sid, CompletableFuture<Void> saved) {
    }

    /**
     * NOT_YET: still being saved (the store is stuck) or the wait was cut short by a stop. REFUSED:
     * the engine gave up on it (it says why in its log), so waiting would hold up everything after it.
     */
    private enum Outcome { SAVED, NOT_YET, REFUSED }

    private final CarrierListener listener;
    private final PollState state;
    private final Duration saveWait;

    EngineHandOff(CarrierListener listener, PollState state, Duration saveWait) {
        this.listener = listener;
        this.state = state;
        this.saveWait = saveWait;
    }

    /** Reports one event and waits until it is saved, as a webhook must before it answers. */
    void reportNow(CarrierEvent event) {
        Batch batch = new Batch();
        batch.report(event);
        batch.awaitSaved();
    }

    /**
     * Events reported one after another without waiting for each, so that a poll that finds many
     * calls has them saved in one shared commit rather than one disk sync apiece. Used by one
     * thread at a time.
     */
    final class Batch {
        private final List<InFlight> inFlight = new ArrayList<>();

        void report(CarrierEvent event) {
            CompletableFuture<Void> saved;
            try {
                saved = listener.onEvent(event);
            } catch (RuntimeException e) {
                // One failing event must not stop the poller or fail Twilio's webhook.
                log.warn("The engine did not take a Twilio event {}: {}", event.carrierSid(), e.getMessage());
                if (event instanceof CarrierEvent.DeliveryUpdate) {
                    state.statusNotSaved(event.carrierSid());
                } else {
                    state.forget(event.carrierSid());
                }
                return;
            }
            if (event instanceof CarrierEvent.DeliveryUpdate update) {
                // A status is not waited for, but the text stays on the watch list, also on disk, until
                // its final status is saved: a crash before then has the next poll ask again.
                saved.whenComplete((ok, failed) -> {
                    if (failed == null) {
                        state.statusSaved(update.carrierSid(), update.status());
                    } else {
                        state.statusNotSaved(update.carrierSid());
                    }
                });
            } else {
                inFlight.add(new InFlight(event.carrierSid(), saved));
            }
        }

        /**
         * Waits until everything reported is on disk, and confirms it as seen. What is not, within
         * the wait, is forgotten as seen and {@link EventNotSaved} is thrown: nothing may move past
         * it on disk. Being stopped counts as not saved.
         */
        void awaitSaved() {
            long deadline = System.nanoTime() + saveWait.toNanos();
            boolean stuck = false;
            try {
                for (InFlight event : inFlight) {
                    switch (outcome(event, deadline)) {
                        case SAVED -> state.confirm(event.sid());
                        case NOT_YET -> {
                            state.forget(event.sid());
                            stuck = true;
                        }
                        // Reported again by the next poll while still in its window, but it holds nothing up.
                        case REFUSED -> state.forget(event.sid());
                    }
                }
            } finally {
                inFlight.clear();
            }
            if (stuck) {
                throw new EventNotSaved();
            }
        }

        private Outcome outcome(InFlight event, long deadline) {
            try {
                event.saved().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                return Outcome.SAVED;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.NOT_YET;
            } catch (TimeoutException e) {
                // The engine keeps trying to save it; meanwhile nothing may move past it on disk.
                return Outcome.NOT_YET;
            } catch (ExecutionException | RuntimeException e) {
                Throwable why = e instanceof ExecutionException ? e.getCause() : e;
                log.warn("The engine did not take a Twilio event {}: {}", event.sid(), why.getMessage());
                return Outcome.REFUSED;
            }
        }
    }
}
