package com.ringbook.ui.settings;

import com.ringbook.domain.CarrierSettings;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Template;
import com.ringbook.engine.api.ConnectionTest;
import com.ringbook.engine.api.SettingsService;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.UiExecutor;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings form: one text property per settings key (the draft), one problem text per key, and
 * save/discard. The engine validates; its problems are shown next to their fields and the draft is
 * kept as typed. Keys set by the environment show that value read-only and keep the stored value in
 * the draft, so saving never writes an environment value into the database.
 */
public final class SettingsViewModel {
    public static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    /** The variable that sets each key for one run (PRODUCT.md, "Running it"). */
    private static final Map<String, String> VARIABLES = Map.of(
            CarrierSettings.KIND, "RINGBOOK_CARRIER",
            CarrierSettings.ACCOUNT_SID, "RINGBOOK_TWILIO_ACCOUNT_SID",
            CarrierSettings.NUMBER, "RINGBOOK_TWILIO_NUMBER",
            CarrierSettings.API_BASE, "RINGBOOK_TWILIO_API_BASE",
            CarrierSettings.POLL_SECONDS, "RINGBOOK_POLL_SECONDS",
            CarrierSettings.WEBHOOK_PORT, "RINGBOOK_WEBHOOK_PORT",
            CarrierSettings.PUBLIC_URL, "RINGBOOK_PUBLIC_URL",
            Settings.BUSINESS_NAME, "RINGBOOK_BUSINESS_NAME",
            Settings.ZONE, "RINGBOOK_TIMEZONE");

    /** Edits to these make the last connection test stale. */
    private static final Set<String> CARRIER_KEYS = Set.of(CarrierSettings.KIND, CarrierSettings.ACCOUNT_SID,
            CarrierSettings.NUMBER, CarrierSettings.API_BASE);

    private final SettingsService service;
    private final UiExecutor ui;
    private final BusinessContext business;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> problems = new LinkedHashMap<>();
    private final Map<String, String> overrides;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper generalProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper firstProblemKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    /** The auth token as typed: never a saved one, cleared once saved, never part of the draft. */
    private final StringProperty authToken = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper authTokenPrompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper authTokenProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ConnectionTest> connectionResult = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canTestConnection = new ReadOnlyBooleanWrapper();
    private Map<String, String> stored = new LinkedHashMap<>(Settings.defaults());
    private boolean applying;

    public SettingsViewModel(SettingsService service, BusinessContext business, UiExecutor ui) {
        this.service = service;
        this.ui = ui;
        this.business = business;
        this.overrides = Map.copyOf(service.environmentOverrides());
        for (Map.Entry<String, String> e : Settings.defaults().entrySet()) {
            StringProperty value = new SimpleStringProperty(e.getValue());
            String key = e.getKey();
            value.addListener((obs, was, now) -> edited(key));
            values.put(key, value);
            problems.put(key, new ReadOnlyStringWrapper(""));
        }
        authToken.addListener((obs, was, now) -> {
            authTokenProblem.set("");
            edited(null);
        });
        canSave.bind(loaded.and(saving.not()));
        canTestConnection.bind(loaded.and(checking.not()));
    }

    public void loadIfNeeded() {
        if (!loaded.get()) {
            load();
        }
    }

    public void load() {
        refreshAuthTokenHint();
        ui.then(service.stored(), map -> {
            stored = new LinkedHashMap<>(Settings.defaults());
            stored.putAll(map);
            discard();
            loaded.set(true);
        }, generalProblem::set);
    }

    /** Puts the last stored values back into the form. */
    public void discard() {
        applying = true;
        try {
            stored.forEach((key, value) -> {
                StringProperty p = values.get(key);
                if (p != null) {
                    p.set(value == null ? "" : value);
                }
            });
            problems.values().forEach(p -> p.set(""));
            authToken.set("");
            authTokenProblem.set("");
        } finally {
            applying = false;
        }
        connectionResult.set(null);
        generalProblem.set("");
        dirty.set(false);
        status.set("");
        saved.set(false);
    }

    /** {@code key} is null for the auth token, which is not a settings key. */
    private void edited(String key) {
        if (applying) {
            return;
        }
        if (key != null) {
            problems.get(key).set("");
        }
        if (key == null || CARRIER_KEYS.contains(key)) {
            // A result for other credentials would mislead.
            connectionResult.set(null);
        }
        failed.set(false);
        dirty.set(isDirty());
        saved.set(false);
        status.set(dirty.get() ? "Unsaved changes" : "");
    }

    private boolean isDirty() {
        return !draft().equals(stored) || !typedToken().isEmpty();
    }

    private String typedToken() {
        return authToken.get() == null ? "" : authToken.get().strip();
    }

    public Map<String, String> draft() {
        Map<String, String> draft = new LinkedHashMap<>();
        values.forEach((key, value) -> draft.put(key, value.get() == null ? "" : value.get()));
        return draft;
    }

    /**
     * Saves the draft and, when one was typed, the auth token with it: the token only once the
     * settings are accepted, so a refused save leaves both as they were (and the token still typed).
     */
    public void save() {
        if (saving.get()) {
            return;
        }
        Map<String, String> draft = draft();
        String token = typedToken();
        saving.set(true);
        generalProblem.set("");
        authTokenProblem.set("");
        failed.set(false);
        firstProblemKey.set("");
        ui.then(service.save(draft), result -> {
            problems.values().forEach(p -> p.set(""));
            if (!result.isEmpty()) {
                saving.set(false);
                refused(result);
                return;
            }
            stored = new LinkedHashMap<>(draft);
            business.reload();
            if (token.isEmpty()) {
                saving.set(false);
                settled();
                return;
            }
            ui.then(service.saveAuthToken(token), v -> {
                saving.set(false);
                if (token.equals(typedToken())) {
                    applying = true;
                    try {
                        authToken.set("");
                    } finally {
                        applying = false;
                    }
                }
                refreshAuthTokenHint();
                settled();
            }, problem -> {
                saving.set(false);
                saved.set(false);
                failed.set(true);
                dirty.set(isDirty());
                authTokenProblem.set(problem);
                status.set("Settings saved, but not the auth token.");
            });
        }, problem -> {
            saving.set(false);
            saved.set(false);
            failed.set(true);
            status.set("Nothing was saved.");
            generalProblem.set(problem);
        });
    }

    private void settled() {
        dirty.set(isDirty());
        saved.set(true);
        status.set("Saved");
    }

    private void refused(Map<String, String> result) {
        StringBuilder elsewhere = new StringBuilder();
        result.forEach((key, problem) -> {
            ReadOnlyStringWrapper p = problems.get(key);
            if (p != null && !overrides.containsKey(key)) {
                p.set(problem);
            } else {
                elsewhere.append(problem).append(' ');
            }
        });
        generalProblem.set(elsewhere.toString().strip());
        saved.set(false);
        failed.set(true);
        result.keySet().stream().filter(k -> problems.containsKey(k) && !overrides.containsKey(k))
                .findFirst().ifPresent(firstProblemKey::set);
        status.set(result.size() == 1 ? "Nothing was saved: 1 field needs fixing."
                : "Nothing was saved: " + result.size() + " fields need fixing.");
    }

    /**
     * "Test connection": the carrier settings as drafted, with the typed token or else the saved one.
     * Runs off the FX thread; {@link #checkingProperty} is true meanwhile.
     */
    public void testConnection() {
        if (checking.get()) {
            return;
        }
        checking.set(true);
        connectionResult.set(null);
        Map<String, String> draft = draft();
        String token = typedToken();
        ui.then(service.testConnection(draft, token), result -> {
            checking.set(false);
            connectionResult.set(result);
        }, problem -> {
            checking.set(false);
            connectionResult.set(new ConnectionTest(false, problem));
        });
    }

    /** The prompt of the (empty) token field: which token is saved, if any. Read off the FX thread. */
    private void refreshAuthTokenHint() {
        ui.then(service.authTokenHint(),
                hint -> authTokenPrompt.set(hint.map(h -> "Saved: " + h).orElse("Not saved yet")),
                problem -> authTokenPrompt.set("Not saved yet"));
    }

    /** Twilio's fields matter: the carrier chosen (or set by the environment) is Twilio. */
    public BooleanBinding twilioChosen() {
        StringProperty kind = value(CarrierSettings.KIND);
        return Bindings.createBooleanBinding(() -> "twilio".equalsIgnoreCase(
                (isOverridden(CarrierSettings.KIND) ? overrideValue(CarrierSettings.KIND) : String.valueOf(kind.get())).strip()),
                kind);
    }

    /** True while any of these keys shows a problem (so a hidden field's problem is never out of sight). */
    public BooleanBinding anyProblem(String... keys) {
        javafx.beans.Observable[] deps = Arrays.stream(keys).map(this::problem).toArray(javafx.beans.Observable[]::new);
        return Bindings.createBooleanBinding(
                () -> Arrays.stream(keys).anyMatch(k -> !problem(k).get().isEmpty()), deps);
    }

    public StringProperty value(String key) {
        return values.get(key);
    }

    public ReadOnlyStringProperty problem(String key) {
        return problems.get(key).getReadOnlyProperty();
    }

    public boolean isOverridden(String key) {
        return overrides.containsKey(key);
    }

    public String overrideValue(String key) {
        return overrides.getOrDefault(key, "");
    }

    public String overrideNote(String key) {
        return "Set by " + VARIABLES.getOrDefault(key, "an environment variable") + " for this run.";
    }

    /** A template as a customer would read it, greeting "there" since the caller's name is not known. */
    public StringBinding preview(String key) {
        StringProperty name = isOverridden(Settings.BUSINESS_NAME)
                ? new SimpleStringProperty(overrideValue(Settings.BUSINESS_NAME)) : value(Settings.BUSINESS_NAME);
        return Bindings.createStringBinding(() -> {
            String template = value(key).get();
            return Template.problem(template).isPresent() ? "" : Template.render(template, name.get(), null);
        }, value(key), name);
    }

    public boolean hasDay(String day) {
        return days().contains(day);
    }

    public void setDay(String day, boolean on) {
        Set<String> days = days();
        if (on) {
            days.add(day);
        } else {
            days.remove(day);
        }
        value(Settings.DAYS).set(DAYS.stream().filter(days::contains).collect(Collectors.joining(",")));
    }

    private Set<String> days() {
        return Arrays.stream(value(Settings.DAYS).get().split(","))
                .map(s -> s.strip().toUpperCase(Locale.ROOT))
                .filter(s -> s.length() >= 3)
                .map(s -> s.substring(0, 3))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Half-hour steps for the time pickers; any other time can still be typed. */
    public static List<String> timeChoices() {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("HH:mm");
        return java.util.stream.IntStream.range(0, 48).mapToObj(i -> LocalTime.MIDNIGHT.plusMinutes(30L * i).format(f))
                .toList();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty generalProblemProperty() {
        return generalProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The last save was refused (problems are showing). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** The first field (in form order) the last refused save found a problem with; empty otherwise. */
    public ReadOnlyStringProperty firstProblemKeyProperty() {
        return firstProblemKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The auth token as typed (bound to a password field); never filled with a saved token. */
    public StringProperty authTokenProperty() {
        return authToken;
    }

    /** "Saved: ••••••••3f9a" or "Not saved yet". */
    public ReadOnlyStringProperty authTokenPromptProperty() {
        return authTokenPrompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty authTokenProblemProperty() {
        return authTokenProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** Saving needs the stored settings read first, and one save at a time. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canTestConnectionProperty() {
        return canTestConnection.getReadOnlyProperty();
    }

    /** The last "Test connection" outcome; null before any, while checking, and after a carrier edit. */
    public ReadOnlyObjectProperty<ConnectionTest> connectionResultProperty() {
        return connectionResult.getReadOnlyProperty();
    }
}
