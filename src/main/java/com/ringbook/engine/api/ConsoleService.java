package com.ringbook.engine.api;

import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Everything the console may ask of the engine. Every call returns at once and completes off the
 * FX thread; a refusal completes exceptionally with {@link RequestRefused} and a message for the user.
 */
public interface ConsoleService {

    CompletableFuture<List<ThreadSummary>> inbox(InboxQuery query);

    CompletableFuture<Optional<ThreadDetail>> thread(long threadId);

    /** One inbox row, without the conversation behind it. */
    CompletableFuture<Optional<ThreadSummary>> summary(long threadId);

    CompletableFuture<Void> markRead(long threadId);

    /** Queues a staff reply through the outbox. */
    CompletableFuture<Void> reply(long threadId, String body);

    CompletableFuture<Void> moveStage(long threadId, Stage target);

    CompletableFuture<Void> renameContact(long threadId, String name);

    /** The stored settings with defaults filled in (never the auth token). */
    CompletableFuture<Map<String, String>> settings();

    /** Saves the draft if valid; completes with field key to problem, empty when saved. */
    CompletableFuture<Map<String, String>> saveSettings(Map<String, String> draft);

    /**
     * Checks the carrier settings of a draft (not yet saved) with the given auth token, or with the
     * saved one when {@code authToken} is blank.
     */
    CompletableFuture<ConnectionTest> testConnection(Map<String, String> draft, String authToken);

    /** Stores the carrier auth token apart from the settings, readable by this user only. */
    CompletableFuture<Void> saveAuthToken(String authToken);

    /** A masked hint of the saved auth token ("••••••••3f9a"), empty when none is saved. */
    Optional<String> authTokenHint();

    /** Settings keys whose value this run takes from the environment instead of the database. */
    Map<String, String> environmentOverrides();

    CompletableFuture<StatusSnapshot> status();

    Subscription subscribe(Consumer<EngineEvent> listener);

    /** Present when the simulated carrier is in use. */
    Optional<Simulation> simulation();
}
