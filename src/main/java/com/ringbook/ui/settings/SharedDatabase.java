package com.ringbook.ui.settings;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Which database this desk opens: the data dir's own (one PC) or the office's shared PostgreSQL database. The
 * choice is kept in this desk's data dir, not in any database, because it decides which database is opened; it
 * takes effect at the next start. Every call returns at once and completes off the FX thread; a failure carries a
 * sentence for the user. No call ever hands a saved password back.
 */
public interface SharedDatabase {

    /** A desk's choice: {@code shared} with the URL (no password in it) and this desk's name ("" for the host name). */
    record Choice(boolean shared, String url, String deskName) {
        public static Choice thisPc(String deskName) {
            return new Choice(false, "", deskName);
        }
    }

    /**
     * What the card shows.
     *
     * @param inUse               what this desk opened at this start, in words ("This PC's own database in ...")
     * @param running             the same as a choice, its desk name as in force (the host name when none was given)
     * @param saved               the choice saved for the next start (or the environment's, when it decides)
     * @param passwordSaved       whether a password is saved (it is never shown)
     * @param environment         set when RINGBOOK_DATABASE_URL decides: the words saying so; the fields are then read-only
     * @param hostName            the desk name used when none is given
     */
    record State(String inUse, Choice running, Choice saved, boolean passwordSaved, Optional<String> environment, String hostName) {
    }

    /** What "Test connection" found. */
    enum Reach {
        EMPTY, RINGBOOK, OTHER_TABLES, WRONG_PASSWORD, NO_SUCH_DATABASE, UNREACHABLE, NOT_POSTGRES_URL, FAILED
    }

    /** @param detail what the server said, or the tables found; never the password */
    record TestResult(Reach reach, String detail) {
    }

    CompletableFuture<State> state();

    /**
     * Tries {@code url} with {@code password}; an empty password means the saved one (if any), as Save would keep it.
     */
    CompletableFuture<TestResult> test(String url, String password);

    /**
     * Saves {@code choice} for the next start; {@code newPassword} replaces the saved one when present (an empty
     * field keeps it). Choosing this PC only deletes a saved password. Completes with the state afterwards.
     */
    CompletableFuture<State> save(Choice choice, Optional<String> newPassword);
}
