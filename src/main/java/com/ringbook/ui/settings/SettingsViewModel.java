package com.ringbook.ui.settings;

import com.ringbook.domain.CarrierSettings;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Template;
import com.ringbook.engine.api.ConsoleService;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.Fx;
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
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
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
            Settings.BUSINESS_NAME, "RINGBOOK_BUSINESS_NAME");

    private final ConsoleService service;
    private final BusinessContext business;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, StringProperty> problems = new LinkedHashMap<>();
    private final Map<String, String> overrides;
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty generalProblem = new SimpleStringProperty("");
    private final BooleanProperty saved = new SimpleBooleanProperty(false);
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final StringProperty firstProblemKey = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private Map<String, String> stored = new LinkedHashMap<>(Settings.defaults());
    private boolean applying;

    public SettingsViewModel(ConsoleService service, BusinessContext business) {
        this.service = service;
        this.business = business;
        this.overrides = Map.copyOf(service.environmentOverrides());
        for (Map.Entry<String, String> e : Settings.defaults().entrySet()) {
            StringProperty value = new SimpleStringProperty(e.getValue());
            String key = e.getKey();
            value.addListener((obs, was, now) -> edited(key));
            values.put(key, value);
            problems.put(key, new SimpleStringProperty(""));
        }
    }

    public void loadIfNeeded() {
        if (!loaded.get()) {
            load();
        }
    }

    public void load() {
        Fx.then(service.settings(), map -> {
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
        } finally {
            applying = false;
        }
        generalProblem.set("");
        dirty.set(false);
        status.set("");
        saved.set(false);
    }

    private void edited(String key) {
        if (applying) {
            return;
        }
        problems.get(key).set("");
        failed.set(false);
        dirty.set(!draft().equals(stored));
        saved.set(false);
        status.set(dirty.get() ? "Unsaved changes" : "");
    }

    public Map<String, String> draft() {
        Map<String, String> draft = new LinkedHashMap<>();
        values.forEach((key, value) -> draft.put(key, value.get() == null ? "" : value.get()));
        return draft;
    }

    public void save() {
        if (saving.get()) {
            return;
        }
        Map<String, String> draft = draft();
        saving.set(true);
        generalProblem.set("");
        failed.set(false);
        firstProblemKey.set("");
        Fx.then(service.saveSettings(draft), result -> {
            saving.set(false);
            problems.values().forEach(p -> p.set(""));
            if (result.isEmpty()) {
                stored = new LinkedHashMap<>(draft);
                dirty.set(!draft().equals(stored));
                saved.set(true);
                status.set("Saved");
                business.reload();
                return;
            }
            StringBuilder elsewhere = new StringBuilder();
            result.forEach((key, problem) -> {
                StringProperty p = problems.get(key);
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
        }, problem -> {
            saving.set(false);
            saved.set(false);
            failed.set(true);
            status.set("Nothing was saved.");
            generalProblem.set(problem);
        });
    }

    public StringProperty value(String key) {
        return values.get(key);
    }

    public StringProperty problem(String key) {
        return problems.get(key);
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

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty generalProblemProperty() {
        return generalProblem;
    }

    public BooleanProperty savedProperty() {
        return saved;
    }

    /** The last save was refused (problems are showing). */
    public BooleanProperty failedProperty() {
        return failed;
    }

    /** The first field (in form order) the last refused save found a problem with; empty otherwise. */
    public StringProperty firstProblemKeyProperty() {
        return firstProblemKey;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }
}
