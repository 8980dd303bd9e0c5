package com.ringbook.engine;

import com.ringbook.engine.api.CallLogService;
import java.util.concurrent.CompletableFuture;

/** The call log the console reads, off the caller's thread. */
final class EngineCallLog implements CallLogService {
    private final EngineKit kit;

    EngineCallLog(EngineKit kit) {
        this.kit = kit;
    }

    @Override
    public CompletableFuture<Page> calls(int limit, int offset) {
        return kit.read(s -> new Page(s.calls().log(limit, offset), s.calls().count()));
    }
}
