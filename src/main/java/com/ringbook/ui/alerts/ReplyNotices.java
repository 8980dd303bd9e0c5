package com.ringbook.ui.alerts;

import com.ringbook.domain.Direction;
import com.ringbook.domain.Message;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.engine.api.ChangeEvents;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.engine.api.Subscription;
import com.ringbook.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Desktop notices of customers' texts while the console is not in front: listens for the engine's
 * {@link EngineEvent.CustomerTexted}, asks {@link ReplyAlerts} when a notice is due, reads who wrote and what, and hands
 * it to the {@link Notifier}. A click brings the console forward on that conversation. Works on the UI thread.
 */
public final class ReplyNotices implements AutoCloseable {
    static final Duration GATHER = Duration.ofMillis(1500);
    static final Duration QUIET = Duration.ofSeconds(10);
    private static final int WORDS = 80;

    private final ConversationService conversations;
    private final UiExecutor ui;
    private final Notifier notifier;
    private final BooleanSupplier inFront;
    private final LongConsumer open;
    private final Clock clock;
    private final ReplyAlerts rules = new ReplyAlerts(GATHER, QUIET);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "reply-notices");
        t.setDaemon(true);
        return t;
    });
    private final Subscription subscription;
    /** A look is scheduled; one at a time however many texts come (the due time only ever moves later). */
    private boolean checking;

    /**
     * @param inFront     true while the receptionist works in the console: it, or a window of its own (a dialog, the
     *                    cheat sheet), has the focus and it is not iconified; asked whenever a notice is weighed
     * @param cameForward turns true when the console's window gets the focus: a notice shown is taken away
     * @param open        brings the console forward on a thread (-1: on the inbox)
     */
    public ReplyNotices(ChangeEvents feed, ConversationService conversations, UiExecutor ui, Notifier notifier,
                        BooleanSupplier inFront, ObservableBooleanValue cameForward, LongConsumer open, Clock clock) {
        this.conversations = conversations;
        this.ui = ui;
        this.notifier = notifier;
        this.inFront = inFront;
        this.open = open;
        this.clock = clock;
        cameForward.addListener((obs, was, now) -> {
            if (now) {
                rules.consoleInFront();
                notifier.hide();
            }
        });
        this.subscription = feed.subscribe(event -> {
            if (event instanceof EngineEvent.CustomerTexted texted) {
                ui.run(() -> customerTexted(texted.threadId()));
            }
        });
    }

    private void customerTexted(long threadId) {
        rules.customerTexted(threadId, clock.instant(), inFront.getAsBoolean());
        if (!checking) {
            checkWhenDue();
        }
    }

    /** Looks again when the waiting texts are due (a timer may wake a hair early: then it simply looks again). */
    private void checkWhenDue() {
        rules.dueAt().ifPresent(due -> {
            long wait = Math.max(0, Duration.between(clock.instant(), due).toMillis() + 1);
            try {
                timer.schedule(() -> ui.run(this::showIfDue), wait, TimeUnit.MILLISECONDS);
                checking = true;
            } catch (RejectedExecutionException closed) {
                // Ringbook is quitting.
            }
        });
    }

    private void showIfDue() {
        checking = false;
        Optional<ReplyAlerts.Alert> due = rules.take(clock.instant(), inFront.getAsBoolean());
        if (due.isEmpty()) {
            checkWhenDue();
        } else if (due.get() instanceof ReplyAlerts.Many many) {
            notifier.show(new Notifier.Notice(ReplyAlerts.title(many), ReplyAlerts.detail(many), -1),
                    () -> open.accept(-1));
        } else if (due.get() instanceof ReplyAlerts.One one) {
            ui.then(conversations.thread(one.threadId()), found -> found.ifPresent(this::showOne), problem -> { });
        }
    }

    private void showOne(ThreadDetail detail) {
        if (inFront.getAsBoolean()) {
            return;
        }
        String newest = detail.messages().stream().filter(m -> m.direction() == Direction.INBOUND)
                .max(Comparator.comparing(Message::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(Message::id))
                .map(Message::body).orElse("");
        long id = detail.summary().id();
        notifier.show(new Notifier.Notice(detail.summary().displayName(), ReplyAlerts.firstWords(newest, WORDS), id),
                () -> open.accept(id));
    }

    @Override
    public void close() {
        subscription.close();
        timer.shutdownNow();
        notifier.close();
    }
}
