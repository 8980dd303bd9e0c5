package com.ringbook.engine;

import com.ringbook.engine.api.CallLogService;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.engine.api.RequestRefused;
import java.util.concurrent.CompletableFuture;

/** The call log the console reads, off the caller's thread, and numbers staff let Ringbook text again. */
final class EngineCallLog implements CallLogService {
    private final EngineKit kit;
    private final ChangeFeed feed;

    EngineCallLog(EngineKit kit, ChangeFeed feed) {
        this.kit = kit;
        this.feed = feed;
    }

    @Override
    public CompletableFuture<Page> calls(int limit, int offset) {
        return kit.read(s -> new Page(s.calls().log(limit, offset), s.calls().count()));
    }

    @Override
    public CompletableFuture<Void> textAgain(String phone) {
        return kit.write(t -> {
            if (!t.session().calls().clearUnreachable(phone)) {
                throw new RequestRefused("Ringbook already texts this number.");
            }
            return null;
        }).thenRun(() -> feed.publish(new EngineEvent.CallsChanged()));
    }
}
