package com.ringbook.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.engine.api.RequestRefused;
import com.ringbook.ui.common.SameThreadUi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The Shared database card without the toolkit: what is typed is checked before anything is saved or tried, each
 * connection test outcome is said in words, a save says to restart, and the environment makes the card read-only.
 */
class SharedDatabaseViewModelTest {
    private static final String URL = "jdbc:postgresql://officeserver:5432/ringbook?user=ringbook";
    private static final String SECRET = "s3cret-Pass!";

    /** A desk's data dir, pretend: what was saved, what the next test finds, and every password handed over. */
    private static final class PretendDesk implements SharedDatabase {
        SharedDatabase.Choice saved = SharedDatabase.Choice.thisPc("");
        SharedDatabase.Choice running = SharedDatabase.Choice.thisPc("front-pc");
        boolean passwordSaved;
        Optional<String> environment = Optional.empty();
        TestResult nextTest = new TestResult(Reach.EMPTY, "");
        String refuseSave;
        final List<String> passwordsTried = new ArrayList<>();
        final List<Optional<String>> passwordsSaved = new ArrayList<>();
        int saves;
        int tests;

        @Override
        public CompletableFuture<State> state() {
            return CompletableFuture.completedFuture(new State("This PC's own database (/data/ringbook.db).", running, saved,
                    passwordSaved, environment, "front-pc"));
        }

        @Override
        public CompletableFuture<TestResult> test(String url, String password) {
            tests++;
            passwordsTried.add(password);
            return CompletableFuture.completedFuture(nextTest);
        }

        @Override
        public CompletableFuture<State> save(Choice choice, Optional<String> newPassword) {
            if (refuseSave != null) {
                return CompletableFuture.failedFuture(new RequestRefused(refuseSave));
            }
            saves++;
            saved = choice;
            passwordsSaved.add(newPassword);
            passwordSaved |= newPassword.isPresent();
            return state();
        }
    }

    private final PretendDesk desk = new PretendDesk();
    private final SharedDatabaseViewModel model = new SharedDatabaseViewModel(desk, new SameThreadUi());

    private void typeShared(String url, String password, String deskName) {
        model.refresh();
        model.sharedProperty().set(true);
        model.urlProperty().set(url);
        model.passwordProperty().set(password);
        model.deskNameProperty().set(deskName);
    }

    @Test
    void theCardShowsWhatThisDeskUsesNowAndTheSavedChoice() {
        desk.saved = new SharedDatabase.Choice(true, URL, "Front desk");
        desk.passwordSaved = true;
        model.refresh();
        assertThat(model.inUseProperty().get()).isEqualTo("This PC's own database (/data/ringbook.db).");
        assertThat(model.sharedProperty().get()).isTrue();
        assertThat(model.urlProperty().get()).isEqualTo(URL);
        assertThat(model.deskNameProperty().get()).isEqualTo("Front desk");
        assertThat(model.hostNameProperty().get()).isEqualTo("front-pc");
        assertThat(model.passwordProperty().get()).as("a saved password is never shown back").isEmpty();
        assertThat(model.passwordNoteProperty().get()).startsWith("A password is saved");
        assertThat(model.lockedProperty().get()).isFalse();
    }

    @Test
    void showingTheCardAgainKeepsWhatWasTyped() {
        typeShared(URL, SECRET, "Front desk");
        desk.passwordSaved = true;
        model.refresh();
        assertThat(model.sharedProperty().get()).isTrue();
        assertThat(model.urlProperty().get()).isEqualTo(URL);
        assertThat(model.deskNameProperty().get()).isEqualTo("Front desk");
        assertThat(model.passwordNoteProperty().get()).startsWith("A password is saved");
    }

    @Test
    void savingTheSharedDatabaseSaysToRestartAndForgetsThePasswordTyped() {
        typeShared("  " + URL + " ", SECRET, " Front desk ");
        model.save();

        assertThat(desk.saved).isEqualTo(new SharedDatabase.Choice(true, URL, "Front desk"));
        assertThat(desk.passwordsSaved).containsExactly(Optional.of(SECRET));
        assertThat(model.outcomeProperty().get()).isEqualTo("Saved. Restart Ringbook to switch to the shared database.");
        assertThat(model.problemProperty().get()).isFalse();
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.passwordNoteProperty().get()).startsWith("A password is saved");

        // An empty password field keeps the saved one.
        model.deskNameProperty().set("Back office");
        model.save();
        assertThat(desk.passwordsSaved).containsExactly(Optional.of(SECRET), Optional.empty());
    }

    @Test
    void choosingThisPcOnlySavesNoUrlAndNoPassword() {
        typeShared(URL, SECRET, "");
        model.sharedProperty().set(false);
        model.save();
        assertThat(desk.saved).isEqualTo(SharedDatabase.Choice.thisPc(""));
        assertThat(desk.passwordsSaved).containsExactly(Optional.empty());
        assertThat(model.outcomeProperty().get()).isEqualTo("Saved. This desk already uses this PC's own database.");

        desk.running = new SharedDatabase.Choice(true, URL, "front-pc");
        model.save();
        assertThat(model.outcomeProperty().get()).isEqualTo("Saved. Restart Ringbook to use this PC's own database.");
    }

    @Test
    void onADeskAlreadySharedTheSaveSaysWhetherARestartIsNeeded() {
        desk.running = new SharedDatabase.Choice(true, URL, "front-pc");
        typeShared(URL, "", "");
        model.save();
        assertThat(model.outcomeProperty().get()).as("the host name is the name in force")
                .isEqualTo("Saved. This desk already works on this shared database under that name.");
        model.deskNameProperty().set("Front desk");
        model.save();
        assertThat(model.outcomeProperty().get()).isEqualTo("Saved. Restart Ringbook for the change to take effect.");
    }

    @Test
    void badInputIsNamedAndNothingIsSavedOrTried() {
        typeShared("", SECRET, "");
        model.save();
        assertThat(model.outcomeProperty().get()).startsWith("Enter the shared database's JDBC URL, like jdbc:postgresql://");
        assertThat(model.problemProperty().get()).isTrue();

        model.urlProperty().set("jdbc:mysql://officeserver/ringbook?user=x");
        model.save();
        assertThat(model.outcomeProperty().get())
                .isEqualTo("\"jdbc:mysql://officeserver/ringbook\" is not a PostgreSQL JDBC URL: it looks like "
                        + "jdbc:postgresql://officeserver:5432/ringbook?user=ringbook.");
        model.test();
        assertThat(model.outcomeProperty().get()).contains("is not a PostgreSQL JDBC URL");

        model.urlProperty().set("jdbc:postgresql://officeserver:5432/?user=x");
        model.save();
        assertThat(model.outcomeProperty().get()).contains("is not a PostgreSQL JDBC URL");

        model.urlProperty().set("jdbc:postgresql://officeserver/ringbook?user=x&password=" + SECRET);
        model.save();
        assertThat(model.outcomeProperty().get()).startsWith("Take the password out of the URL")
                .doesNotContain(SECRET);

        model.urlProperty().set(URL);
        model.deskNameProperty().set("x".repeat(41));
        model.save();
        assertThat(model.outcomeProperty().get()).startsWith("Keep the desk name to 40 characters");
        model.deskNameProperty().set("Front\ndesk");
        model.save();
        assertThat(model.outcomeProperty().get()).isEqualTo("The desk name must be one line of plain text.");

        assertThat(desk.saves).isZero();
        assertThat(desk.tests).isZero();
        assertThat(desk.saved).isEqualTo(SharedDatabase.Choice.thisPc(""));
    }

    @Test
    void aSaveTheDataDirRefusesIsNamedAndTheFieldsKeepWhatWasTyped() {
        typeShared(URL, SECRET, "Front desk");
        desk.refuseSave = "Nothing was saved: could not write /data/shared-database.properties (Read-only file system).";
        model.save();
        assertThat(model.outcomeProperty().get()).isEqualTo(desk.refuseSave);
        assertThat(model.problemProperty().get()).isTrue();
        assertThat(model.urlProperty().get()).isEqualTo(URL);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void eachConnectionTestOutcomeIsSaidInWords() {
        typeShared(URL, SECRET, "");
        assertThat(tested(SharedDatabase.Reach.EMPTY, "")).startsWith("Reached and logged in. The database is empty")
                .contains("copy-to-postgres");
        assertThat(model.problemProperty().get()).isFalse();
        assertThat(tested(SharedDatabase.Reach.RINGBOOK, ""))
                .isEqualTo("Reached and logged in. The database already holds Ringbook's data: this desk will work on it.");
        assertThat(model.problemProperty().get()).isFalse();
        assertThat(tested(SharedDatabase.Reach.OTHER_TABLES, "invoices, parts"))
                .startsWith("Reached and logged in, but the database holds tables that are not Ringbook's (invoices, parts)");
        assertThat(model.problemProperty().get()).isTrue();
        assertThat(tested(SharedDatabase.Reach.WRONG_PASSWORD, "FATAL: password authentication failed for user \"ringbook\""))
                .startsWith("The server refused the login: wrong password").contains("for user \"ringbook\"");
        assertThat(model.problemProperty().get()).isTrue();
        assertThat(tested(SharedDatabase.Reach.UNREACHABLE, "Connection to officeserver:5432 refused."))
                .startsWith("No PostgreSQL server answered there: check the host name and port");
        assertThat(tested(SharedDatabase.Reach.NO_SUCH_DATABASE, "")).startsWith("The server answered, but it has no database");
        assertThat(tested(SharedDatabase.Reach.NOT_POSTGRES_URL, "")).startsWith("That is not a PostgreSQL JDBC URL");
        assertThat(desk.passwordsTried).allMatch(SECRET::equals);
        assertThat(model.passwordProperty().get()).as("a test keeps what was typed, for the Save after it").isEqualTo(SECRET);
    }

    @Test
    void whenTheEnvironmentDecidesTheCardIsReadOnlyAndSavesNothing() {
        desk.saved = new SharedDatabase.Choice(true, URL, "Front desk");
        desk.environment = Optional.of("The environment decides: RINGBOOK_DATABASE_URL is set for this run.");
        desk.passwordSaved = true;
        model.refresh();
        assertThat(model.lockedProperty().get()).isTrue();
        assertThat(model.environmentProperty().get()).startsWith("The environment decides");
        assertThat(model.passwordNoteProperty().get()).isEqualTo("Given by the environment (never shown).");

        model.urlProperty().set("jdbc:postgresql://elsewhere/ringbook");
        model.save();
        model.test();
        assertThat(desk.saves).isZero();
        assertThat(desk.tests).isZero();
    }

    private String tested(SharedDatabase.Reach reach, String detail) {
        desk.nextTest = new SharedDatabase.TestResult(reach, detail);
        model.test();
        assertThat(model.busyProperty().get()).isFalse();
        return model.outcomeProperty().get();
    }
}
