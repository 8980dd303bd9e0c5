package com.ringbook.followup;

import com.ringbook.domain.Settings;
import com.ringbook.engine.EngineKit;
import com.ringbook.engine.api.RequestRefused;
import com.ringbook.followup.api.FollowUpService;
import com.ringbook.followup.api.ScheduledFollowUp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Follow-ups as the console calls them, on the engine's kit: reads off the caller's thread, changes through the writer. */
public final class EngineFollowUpService implements FollowUpService {
    static final String CANCELLED_BY_STAFF = "Cancelled by staff.";
    private final EngineKit kit;

    public EngineFollowUpService(EngineKit kit) {
        this.kit = kit;
    }

    @Override
    public CompletableFuture<Optional<ScheduledFollowUp>> scheduled(long threadId) {
        Settings settings = kit.settings();
        return kit.read(s -> s.followUps().scheduledOf(threadId).map(row -> new ScheduledFollowUp(row.id(), threadId,
                row.dueAt(), row.number(), row.situation(), FollowUpRules.text(row.situation(), settings.followUp(),
                settings.businessName(), s.followUps().silence(threadId).map(x -> x.name()).orElse(null)))));
    }

    @Override
    public CompletableFuture<Void> cancel(long threadId) {
        return kit.write(t -> {
            var row = t.session().followUps().scheduledOf(threadId)
                    .orElseThrow(() -> new RequestRefused("No follow-up is scheduled for this conversation."));
            t.session().followUps().cancel(row.id(), CANCELLED_BY_STAFF, t.now());
            t.touched(threadId);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> sendNow(long threadId) {
        Settings settings = kit.settings();
        return kit.write(t -> {
            FollowUpSender.sendNow(t, threadId, settings);
            return null;
        });
    }

    @Override
    public CompletableFuture<Set<Long>> dueToday() {
        ZoneId zone = kit.settings().zone();
        LocalDate today = LocalDate.now(kit.clock().withZone(zone));
        return kit.read(s -> s.followUps().threadsDueBetween(today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant()));
    }
}
