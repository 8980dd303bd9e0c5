package com.ringbook.engine.api;

import com.ringbook.domain.CallLogEntry;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Every missed call, texted back or not, so the receptionist can still call back the ones Ringbook did not text. */
public interface CallLogService {

    /** One page of the calls, newest first, and how many there are in all. */
    record Page(List<CallLogEntry> calls, int total) {
    }

    CompletableFuture<Page> calls(int limit, int offset);

    /**
     * Staff say this number (E.164) can take texts after all: Ringbook forgets that the carrier refused it, so the
     * next missed call from it is texted back. If the carrier refuses again, the number is marked again. Refused
     * (with {@code RequestRefused}) when the number is not marked.
     */
    CompletableFuture<Void> textAgain(String phone);
}
