package com.ringbook.ui.settings;

import com.ringbook.ui.common.UiExecutor;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Shared database" card: which database this desk opens at its next start. It shows what the desk uses now,
 * checks what is typed before anything is saved or tried, tests a connection off the FX thread and says what it
 * found in words, and is read-only while the environment (RINGBOOK_DATABASE_URL) decides. The password typed is
 * handed on and then forgotten: it is never read back, and no message repeats it.
 */
public final class SharedDatabaseViewModel {
    static final int DESK_NAME_MAX = 40;
    private static final String PREFIX = "jdbc:postgresql://";
    static final String URL_EXAMPLE = "jdbc:postgresql://officeserver:5432/ringbook?user=ringbook";

    private final SharedDatabase database;
    private final UiExecutor ui;
    private final BooleanProperty shared = new SimpleBooleanProperty(false);
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty deskName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper inUse = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper environment = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper passwordNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hostName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** Whether the fields hold the saved choice yet (or what the user typed over it since). */
    private boolean filled;

    public SharedDatabaseViewModel(SharedDatabase database, UiExecutor ui) {
        this.database = database;
        this.ui = ui;
    }

    /**
     * Reads the saved choice again (when the card is shown); a test or save under way is left to finish. What the
     * user typed is kept: the fields are filled from what is saved only the first time, and after a Save.
     */
    public void refresh() {
        if (busy.get()) {
            return;
        }
        ui.then(database.state(), state -> show(state, !filled), this::failed);
    }

    /** Tries the URL and password as typed (an empty password: the saved one), off the FX thread. */
    public void test() {
        if (busy.get() || locked.get()) {
            return;
        }
        Optional<String> wrong = urlProblem(url.get());
        if (wrong.isPresent()) {
            failed(wrong.get());
            return;
        }
        busy.set(true);
        problem.set(false);
        outcome.set("Testing the connection ...");
        ui.then(database.test(url.get().strip(), password.get()), result -> {
            busy.set(false);
            problem.set(!fine(result.reach()));
            outcome.set(words(result));
        }, this::failed);
    }

    /** Saves the choice for the next start, or says what is wrong and saves nothing. */
    public void save() {
        if (busy.get() || locked.get()) {
            return;
        }
        Optional<String> wrong = shared.get() ? urlProblem(url.get()) : Optional.empty();
        if (wrong.isEmpty()) {
            wrong = deskNameProblem(deskName.get());
        }
        if (wrong.isPresent()) {
            failed(wrong.get());
            return;
        }
        SharedDatabase.Choice choice = shared.get()
                ? new SharedDatabase.Choice(true, url.get().strip(), deskName.get().strip())
                : SharedDatabase.Choice.thisPc(deskName.get().strip());
        Optional<String> newPassword = shared.get() && !password.get().isEmpty() ? Optional.of(password.get()) : Optional.empty();
        busy.set(true);
        problem.set(false);
        outcome.set("");
        ui.then(database.save(choice, newPassword), state -> {
            password.set("");
            show(state, true);
            outcome.set(afterSave(choice, state.running(), state.hostName()));
        }, this::failed);
    }

    private void show(SharedDatabase.State state, boolean fields) {
        busy.set(false);
        inUse.set(state.inUse());
        hostName.set(state.hostName());
        if (fields || state.environment().isPresent()) {
            filled = true;
            shared.set(state.saved().shared());
            url.set(state.saved().url());
            deskName.set(state.saved().deskName());
        }
        environment.set(state.environment().orElse(""));
        locked.set(state.environment().isPresent());
        if (state.environment().isPresent()) {
            passwordNote.set(state.passwordSaved() ? "Given by the environment (never shown)." : "None given by the environment.");
        } else {
            passwordNote.set(state.passwordSaved()
                    ? "A password is saved (never shown). Leave this empty to keep it, or type a new one."
                    : "No password is saved. Leave it empty if the server needs none.");
        }
    }

    /** What a save changes, and when: only a restart opens another database or competes under another name. */
    static String afterSave(SharedDatabase.Choice saved, SharedDatabase.Choice running, String hostName) {
        if (!saved.shared()) {
            return running.shared() ? "Saved. Restart Ringbook to use this PC's own database."
                    : "Saved. This desk already uses this PC's own database.";
        }
        if (!running.shared()) {
            return "Saved. Restart Ringbook to switch to the shared database.";
        }
        String desk = saved.deskName().isBlank() ? hostName : saved.deskName();
        return running.url().equals(saved.url()) && running.deskName().equals(desk)
                ? "Saved. This desk already works on this shared database under that name."
                : "Saved. Restart Ringbook for the change to take effect.";
    }

    private void failed(String message) {
        busy.set(false);
        problem.set(true);
        outcome.set(message);
    }

    /** What is wrong with a URL, in words; empty when it looks like a PostgreSQL JDBC URL with no password in it. */
    static Optional<String> urlProblem(String typed) {
        String u = typed == null ? "" : typed.strip();
        if (u.isEmpty()) {
            return Optional.of("Enter the shared database's JDBC URL, like " + URL_EXAMPLE + ".");
        }
        if (u.toLowerCase(java.util.Locale.ROOT).matches(".*[?&]password=.*")) {
            // The URL is kept in plain text and shown on this card: the password has its own field and file.
            return Optional.of("Take the password out of the URL and type it in the Password field: "
                    + "the URL is kept in plain text, the password apart.");
        }
        String rest = u.startsWith(PREFIX) ? u.substring(PREFIX.length()) : "";
        int slash = rest.indexOf('/');
        boolean shaped = slash > 0 && rest.length() > slash + 1 && rest.charAt(slash + 1) != '?' && !u.matches(".*\\s.*");
        if (!shaped) {
            return Optional.of("\"" + withoutParameters(u) + "\" is not a PostgreSQL JDBC URL: it looks like " + URL_EXAMPLE + ".");
        }
        return Optional.empty();
    }

    static Optional<String> deskNameProblem(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.length() > DESK_NAME_MAX) {
            return Optional.of("Keep the desk name to " + DESK_NAME_MAX + " characters (it is shown on every desk's status bar).");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("The desk name must be one line of plain text.");
        }
        return Optional.empty();
    }

    private static String withoutParameters(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    private static boolean fine(SharedDatabase.Reach reach) {
        return reach == SharedDatabase.Reach.EMPTY || reach == SharedDatabase.Reach.RINGBOOK;
    }

    static String words(SharedDatabase.TestResult result) {
        String said = result.detail() == null || result.detail().isBlank() ? "" : " (the server said: " + result.detail() + ")";
        return switch (result.reach()) {
            case EMPTY -> "Reached and logged in. The database is empty: the first desk to start on it begins a new "
                    + "office there, or copy this PC's data into it first with copy-to-postgres.";
            case RINGBOOK -> "Reached and logged in. The database already holds Ringbook's data: this desk will work on it.";
            case OTHER_TABLES -> "Reached and logged in, but the database holds tables that are not Ringbook's ("
                    + result.detail() + "). Choose a database of Ringbook's own.";
            case WRONG_PASSWORD -> "The server refused the login: wrong password, or that user may not log in" + said + ".";
            case NO_SUCH_DATABASE -> "The server answered, but it has no database of that name: create it first "
                    + "(CREATE DATABASE ringbook ENCODING 'UTF8' OWNER ringbook)" + said + ".";
            case UNREACHABLE -> "No PostgreSQL server answered there: check the host name and port, that the server "
                    + "is on, and that it lets this PC in" + said + ".";
            case NOT_POSTGRES_URL -> "That is not a PostgreSQL JDBC URL: it looks like " + URL_EXAMPLE + ".";
            case FAILED -> "The connection test failed" + said + ".";
        };
    }

    public BooleanProperty sharedProperty() {
        return shared;
    }

    public StringProperty urlProperty() {
        return url;
    }

    /** The password field's text: handed on at Save or Test, cleared after Save; never filled from what is saved. */
    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty deskNameProperty() {
        return deskName;
    }

    public ReadOnlyStringProperty inUseProperty() {
        return inUse.getReadOnlyProperty();
    }

    /** When the environment decides: the words saying so; else empty. */
    public ReadOnlyStringProperty environmentProperty() {
        return environment.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passwordNoteProperty() {
        return passwordNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hostNameProperty() {
        return hostName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
