package com.ringbook.ui.shell;

import com.ringbook.booking.api.BookingService;
import com.ringbook.engine.api.ConsoleService;
import com.ringbook.ui.appointments.AppointmentsView;
import com.ringbook.ui.appointments.AppointmentsViewModel;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.Ticker;
import com.ringbook.ui.common.UiExecutor;
import com.ringbook.ui.inbox.InboxScreen;
import com.ringbook.ui.inbox.InboxViewModel;
import com.ringbook.ui.settings.BackupSection;
import com.ringbook.ui.settings.BackupViewModel;
import com.ringbook.ui.settings.SettingsView;
import com.ringbook.ui.settings.SettingsViewModel;
import com.ringbook.ui.simulator.SimulatorView;
import com.ringbook.ui.simulator.SimulatorViewModel;
import com.ringbook.ui.thread.BookingViewModel;
import com.ringbook.ui.thread.LeadCardViewModel;
import com.ringbook.ui.thread.ThreadViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/**
 * The main window: builds the screens and their view models on top of the engine's service API. Hiding
 * it stops nothing; {@link #quit} closes the screens and asks the desktop to end the run.
 */
public final class ConsoleWindow {
    /** Engine events arriving within this window are handled as one. */
    private static final Duration EVENT_WINDOW = Duration.ofMillis(100);
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final ConsoleService service;
    private final BookingService booking;
    private final UiExecutor ui;
    private final DesktopLifecycle desktop;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private Stage stage;
    private boolean quitting;

    /** @param booking booking's slice of the service API, beside the engine's own */
    public ConsoleWindow(ConsoleService service, BookingService booking, UiExecutor ui, DesktopLifecycle desktop) {
        this.service = Objects.requireNonNull(service);
        this.booking = Objects.requireNonNull(booking);
        this.ui = Objects.requireNonNull(ui);
        this.desktop = Objects.requireNonNull(desktop);
    }

    public void show(Stage stage) {
        this.stage = stage;
        EngineEvents events = new EngineEvents(service.events(), EVENT_WINDOW, ui);
        resources.add(events);
        Ticker ticker = new Ticker(Clock.systemUTC());
        resources.add(ticker::stop);
        BusinessContext business = new BusinessContext(service.settings()::effective);
        events.onSettingsChanged(business::reload);

        StatusBarViewModel status = new StatusBarViewModel(service.status(), events, ui);
        InboxViewModel inbox = new InboxViewModel(service.conversations(), events, ui, ticker.nowProperty(),
                business.zoneProperty());
        ThreadViewModel thread = new ThreadViewModel(service.conversations(), events, business, ui);
        LeadCardViewModel lead = new LeadCardViewModel(booking, events, business, ui);
        BookingViewModel bookingSteps = new BookingViewModel(booking, events, business, ui, lead);
        InboxScreen inboxScreen = new InboxScreen(inbox, thread, lead, bookingSteps, ui);
        SettingsViewModel settings = new SettingsViewModel(service.settings(), business, ui);
        SettingsView settingsView = new SettingsView(settings);
        desktop.installation().ifPresent(i -> settingsView.addSection(BackupSection.of(i,
                new BackupViewModel(i.backups(), ui, java.time.ZoneId.systemDefault()))));

        ShellView shell = new ShellView(new StatusBarView(status));
        shell.add(new ShellView.Destination("navInbox", "Inbox", MaterialDesignI.INBOX_OUTLINE, inboxScreen,
                inboxScreen::focusList), status.waitingBadgeProperty());
        AppointmentsViewModel appointments = new AppointmentsViewModel(booking,
                () -> service.settings().effective().schedule(), events, ui, ticker.clock(), threadId -> {
                    shell.show("navInbox");
                    inbox.select(threadId);
                });
        AppointmentsView appointmentsView = new AppointmentsView(appointments, ui);
        shell.add(new ShellView.Destination("navAppointments", "Appointments", MaterialDesignC.CALENDAR_MONTH_OUTLINE,
                appointmentsView, appointmentsView::shown), null);
        service.simulation().ifPresent(simulation -> {
            SimulatorViewModel simulator = new SimulatorViewModel(simulation, service.conversations(), business, ui);
            resources.add(simulator);
            SimulatorView simulatorView = new SimulatorView(simulator, ui);
            shell.add(new ShellView.Destination("navSimulator", "Simulator", MaterialDesignC.CELLPHONE_MESSAGE,
                    simulatorView, simulatorView::focusCallerId), null);
        });
        shell.add(new ShellView.Destination("navSettings", "Settings", MaterialDesignC.COG_OUTLINE, settingsView,
                settings::loadIfNeeded), null);

        Scene scene = new Scene(shell, 1280, 800);
        scene.getStylesheets().addAll(
                ConsoleWindow.class.getResource("/com/ringbook/ui/theme-light.css").toExternalForm(),
                ConsoleWindow.class.getResource("/com/ringbook/ui/console.css").toExternalForm(),
                ConsoleWindow.class.getResource("/com/ringbook/ui/appointments.css").toExternalForm());
        for (int i = 0; i < shell.size(); i++) {
            int position = i + 1;
            scene.getAccelerators().put(new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN),
                    () -> shell.show(position));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            shell.show("navInbox");
            inboxScreen.focusSearch();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if ("navSettings".equals(shell.current())) {
                settings.save();
            }
        });

        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> "Ringbook — " + business.nameProperty().get(), business.nameProperty()));
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.setOnCloseRequest(e -> {
            e.consume();
            switch (CloseAction.whenClosing(desktop)) {
                case HIDE -> stage.hide();
                case ASK -> QuitQuestion.ask(stage, this::quit);
            }
        });

        shell.show("navInbox");
        business.reload();
        inbox.reload();
        status.refresh();
        ticker.start();
        stage.show();
        ui.later(inboxScreen::focusList);
    }

    /** Ends Ringbook: the screens stop listening to the engine, the window closes, the desktop ends the run. */
    public void quit() {
        if (quitting) {
            return;
        }
        quitting = true;
        closeResources();
        if (stage != null) {
            stage.hide();
        }
        desktop.quit();
    }

    private void closeResources() {
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception ignored) {
                // Closing is best effort: Ringbook is quitting.
            }
        }
        resources.clear();
    }
}
