package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.booking.api.SlotOffer;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.domain.InboxQuery;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.engine.api.StatusSnapshot;
import com.ringbook.store.postgres.PostgresServer;
import com.ringbook.store.postgres.PostgresServerExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two whole desks on one PostgreSQL: what staff edit beside the conversation itself reaches the other desk's
 * screens within a second, as the engine's events there: a missed call (the call log), a contact renamed on the
 * standby (the engine's desk finds the new name, accents and all), slots offered on the engine's desk (the
 * standby's booking panel).
 */
@ExtendWith(PostgresServerExtension.class)
class SeveralDesksSeeEachOthersEditsTest {
    private static final String CALLER = "+12065550163";

    @TempDir
    Path deskOneDir;
    @TempDir
    Path deskTwoDir;

    @Test
    void renamesOffersAndCallsMadeOnOneDeskReachTheOtherWithinASecond(PostgresServer.Database db) {
        String url = db.url() + "?user=" + db.user();
        Ringbook one = Ringbook.open(deskOneDir, Map.of(SharedStoreChoice.URL_ENV, url, SharedStoreChoice.DESK_ENV,
                "Front desk"), Clock.systemUTC());
        Ringbook two = null;
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> running(one));
            two = Ringbook.open(deskTwoDir, Map.of(SharedStoreChoice.URL_ENV, url, SharedStoreChoice.DESK_ENV,
                    "Back office"), Clock.systemUTC());
            Ringbook standby = two;
            await().atMost(Duration.ofSeconds(5)).until(() -> standby.engine().engineHolder()
                    .map(h -> !h.thisDesk()).orElse(false));
            List<EngineEvent> heardOnOne = new CopyOnWriteArrayList<>();
            List<EngineEvent> heardOnTwo = new CopyOnWriteArrayList<>();
            one.engine().events().subscribe(heardOnOne::add);
            two.engine().events().subscribe(heardOnTwo::add);

            // A missed call on the engine's desk: the standby's call log reads itself again.
            one.simulator().orElseThrow().ringAndMiss(CALLER);
            await().atMost(Duration.ofSeconds(10)).until(() -> sentBy(one) == 1);
            long threadId = one.engine().conversations().inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")).join()
                    .stream().filter(t -> t.phone().equals(CALLER)).findFirst().orElseThrow().id();
            await().atMost(Duration.ofSeconds(1)).until(() -> heardOnTwo.contains(new EngineEvent.CallsChanged()));

            // Renamed on the standby: the engine's desk re-reads that conversation and finds it by the new name.
            heardOnOne.clear();
            two.engine().conversations().renameContact(threadId, "José Núñez").join();
            await().atMost(Duration.ofSeconds(1)).until(() -> heardOnOne.contains(new EngineEvent.ThreadChanged(threadId)));
            assertThat(heardOnOne).contains(new EngineEvent.CallsChanged());
            assertThat(one.engine().conversations().inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "jose nunez")).join())
                    .singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("José Núñez"));

            // Slots offered on the engine's desk: the standby's booking panel has them.
            heardOnTwo.clear();
            SlotOffer draft = one.booking().draftOffer(threadId, null).join();
            one.booking().sendOffer(threadId, draft.jobType(), draft.slots(), draft.text()).join();
            await().atMost(Duration.ofSeconds(1)).until(() -> heardOnTwo.contains(new EngineEvent.ThreadChanged(threadId)));
            assertThat(two.booking().latestOffer(threadId).join()).hasValueSatisfying(
                    offer -> assertThat(offer.slots()).hasSameSizeAs(draft.slots()));
        } finally {
            if (two != null) {
                two.close();
            }
            one.close();
        }
    }

    private static boolean running(Ringbook desk) {
        return desk.engine().status().snapshot().join().engineState() == StatusSnapshot.EngineState.RUNNING;
    }

    private static long sentBy(Ringbook desk) {
        return desk.simulator().orElseThrow().ledger().stream().filter(SimulatedCarrier.Entry::fromBusiness).count();
    }
}
