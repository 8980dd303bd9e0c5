package com.ringbook.ui.shell;

import com.ringbook.booking.api.BookingService;
import com.ringbook.engine.api.ConsoleService;
import com.ringbook.revenue.api.RevenueService;
import com.ringbook.followup.api.FollowUpService;
import com.ringbook.ui.appointments.AppointmentsView;
import com.ringbook.ui.alerts.Notifier;
import com.ringbook.ui.alerts.PopupNotifier;
import com.ringbook.ui.alerts.ReplyNotices;
import com.ringbook.ui.appointments.AppointmentsViewModel;
import com.ringbook.ui.calls.CallsView;
import com.ringbook.ui.calls.CallsViewModel;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.Ticker;
import com.ringbook.ui.common.UiExecutor;
import com.ringbook.ui.inbox.InboxScreen;
import com.ringbook.ui.inbox.InboxViewModel;
import com.ringbook.ui.owner.RevenueView;
import com.ringbook.ui.owner.RevenueViewModel;
import com.ringbook.ui.settings.BackupSection;
import com.ringbook.ui.settings.BackupViewModel;
import com.ringbook.ui.settings.SettingsView;
import com.ringbook.ui.settings.SettingsViewModel;
import com.ringbook.ui.settings.StartAtLoginSection;
import com.ringbook.ui.settings.StartAtLoginViewModel;
import com.ringbook.ui.simulator.SimulatorView;
import com.ringbook.ui.simulator.SimulatorViewModel;
import com.ringbook.ui.thread.BookingViewModel;
import com.ringbook.ui.thread.FollowUpViewModel;
import com.ringbook.ui.thread.LeadCardViewModel;
import com.ringbook.ui.thread.ThreadViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.event.EventHandler;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The main window: builds the screens and their view models on top of the engine's service API. Hiding
 * it stops nothing; {@link #quit} closes the screens and asks the desktop to end the run.
 */
public final class ConsoleWindow {
    /** Engine events arriving within this window are handled as one. */
    private static final Duration EVENT_WINDOW = Duration.ofMillis(100);
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private static final List<String> STYLESHEETS = List.of("theme-light.css", "console.css", "appointments.css",
            "desk.css", "calls.css", "revenue.css").stream().map(name -> ConsoleWindow.class.getResource("/com/ringbook/ui/" + name).toExternalForm())
            .toList();

    private final ConsoleService service;
    private final BookingService booking;
    private final RevenueService revenue;
    private final FollowUpService followUps;
    private final UiExecutor ui;
    private final DesktopLifecycle desktop;
    private final Notifier notifier;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private Stage stage;
    private boolean quitting;

    /** @param capabilities booking's, follow-ups' and revenue's slices of the service API, beside the engine's own */
    public ConsoleWindow(ConsoleService service, Capabilities capabilities, UiExecutor ui, DesktopLifecycle desktop) {
        this(service, capabilities, ui, desktop, new PopupNotifier(STYLESHEETS));
    }

    /** @param notifier shows a desktop notice of a new reply while the window is not in front */
    public ConsoleWindow(ConsoleService service, Capabilities capabilities, UiExecutor ui, DesktopLifecycle desktop,
                         Notifier notifier) {
        this.service = Objects.requireNonNull(service);
        this.booking = capabilities.booking();
        this.revenue = capabilities.revenue();
        this.followUps = capabilities.followUps();
        this.ui = Objects.requireNonNull(ui);
        this.desktop = Objects.requireNonNull(desktop);
        this.notifier = Objects.requireNonNull(notifier);
    }

    public void show(Stage stage) {
        show(stage, true);
    }

    /**
     * Builds the console in {@code stage}; shows it when {@code visible}, else leaves it hidden, ready for
     * the tray's Open (Ringbook opened at sign-in waits in the tray).
     */
    public void show(Stage stage, boolean visible) {
        this.stage = stage;
        EngineEvents events = new EngineEvents(service.events(), EVENT_WINDOW, ui);
        resources.add(events);
        Ticker ticker = new Ticker(Clock.systemUTC());
        resources.add(ticker::stop);
        BusinessContext business = new BusinessContext(service.settings()::effective);
        events.onSettingsChanged(business::reload);

        StatusBarViewModel status = new StatusBarViewModel(service.status(), events, ui);
        InboxViewModel inbox = new InboxViewModel(service.conversations(), events, ui, ticker.nowProperty(),
                business.zoneProperty(), business.waitingTargetProperty());
        ThreadViewModel thread = new ThreadViewModel(service.conversations(), events, business, ui);
        LeadCardViewModel lead = new LeadCardViewModel(booking, events, business, ui);
        BookingViewModel bookingSteps = new BookingViewModel(booking, events, business, ui, lead);
        InboxScreen inboxScreen = new InboxScreen(inbox, thread, lead, bookingSteps, ui);
        inboxScreen.threadView().showFollowUps(new FollowUpViewModel(followUps, events, business, ui, ticker.clock()));
        SettingsViewModel settings = new SettingsViewModel(service.settings(), business, ui);
        SettingsView settingsView = new SettingsView(settings);
        desktop.installation().ifPresent(i -> settingsView.addSection(BackupSection.of(i,
                new BackupViewModel(i.backups(), ui, java.time.ZoneId.systemDefault()))));
        desktop.startAtLogin().ifPresent(a -> settingsView.addSection(StartAtLoginSection.of(new StartAtLoginViewModel(a, ui))));
        desktop.sharedDatabase().ifPresent(d -> settingsView.addSection(com.ringbook.ui.settings.SharedDatabaseSection.of(
                new com.ringbook.ui.settings.SharedDatabaseViewModel(d, ui))));

        ShellView shell = new ShellView(new StatusBarView(status));
        shell.add(new ShellView.Destination("navInbox", "Inbox", MaterialDesignI.INBOX_OUTLINE, inboxScreen,
                inboxScreen::focusList), status.waitingBadgeProperty());
        CallsViewModel calls = new CallsViewModel(service.calls(), events, ui, business.zoneProperty(), threadId -> {
            shell.show("navInbox");
            inbox.select(threadId);
        }, number -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, number)));
        CallsView callsView = new CallsView(calls);
        shell.add(new ShellView.Destination("navCalls", "Calls", MaterialDesignP.PHONE_MISSED_OUTLINE, callsView,
                callsView::shown), null);
        AppointmentsViewModel appointments = new AppointmentsViewModel(booking,
                () -> service.settings().effective().schedule(), events, ui, ticker.clock(), threadId -> {
                    shell.show("navInbox");
                    inbox.select(threadId);
                });
        AppointmentsView appointmentsView = new AppointmentsView(appointments, ui);
        shell.add(new ShellView.Destination("navAppointments", "Appointments", MaterialDesignC.CALENDAR_MONTH_OUTLINE,
                appointmentsView, appointmentsView::shown), null);
        RevenueViewModel revenueModel = new RevenueViewModel(revenue, ui, business::zone, threadId -> {
            shell.show("navInbox");
            inbox.select(threadId);
        });
        RevenueView revenueView = new RevenueView(revenueModel, ui);
        shell.add(new ShellView.Destination("navRevenue", "Revenue", MaterialDesignC.CHART_BAR, revenueView,
                revenueView::shown), null);
        service.simulation().ifPresent(simulation -> {
            SimulatorViewModel simulator = new SimulatorViewModel(simulation, service.conversations(), business, ui);
            resources.add(simulator);
            SimulatorView simulatorView = new SimulatorView(simulator, ui);
            shell.add(new ShellView.Destination("navSimulator", "Simulator", MaterialDesignC.CELLPHONE_MESSAGE,
                    simulatorView, simulatorView::focusCallerId), null);
        });
        shell.add(new ShellView.Destination("navSettings", "Settings", MaterialDesignC.COG_OUTLINE, settingsView,
                settings::loadIfNeeded), null);

        Scene scene = new Scene(shell, FirstSize.WIDTH, FirstSize.HEIGHT);
        scene.getStylesheets().addAll(STYLESHEETS);
        resources.add(new ReplyNotices(service.events(), service.conversations(), ui, notifier,
                this::inFront, stage.focusedProperty(), threadId -> {
                    bringForward();
                    shell.show("navInbox");
                    if (threadId >= 0) {
                        inbox.select(threadId);
                    }
                }, Clock.systemUTC()));
        for (int i = 0; i < shell.size(); i++) {
            int position = i + 1;
            scene.getAccelerators().put(new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN),
                    () -> shell.show(position));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            shell.show("navInbox");
            inboxScreen.focusSearch();
        });
        CheatSheet cheatSheet = new CheatSheet(stage, STYLESHEETS);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), cheatSheet::toggle);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if ("navSettings".equals(shell.current())) {
                settings.save();
            }
        });

        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> "Ringbook — " + business.nameProperty().get(), business.nameProperty()));
        stage.setScene(scene);
        // The narrowest window in which an open conversation (header, composer, lead card) fits beside the inbox list.
        stage.setMinWidth(1100);
        stage.setMinHeight(640);
        FirstSize.apply(stage);
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
        if (visible) {
            stage.show();
            ui.later(inboxScreen::focusList);
        } else {
            // Shown later by the tray's Open: the list has the keyboard then, as when opened at once.
            EventHandler<WindowEvent> firstShown = new EventHandler<>() {
                @Override
                public void handle(WindowEvent e) {
                    stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                    ui.later(inboxScreen::focusList);
                }
            };
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, firstShown);
        }
    }

    /** The receptionist works in Ringbook: the window, or one of its own (a dialog, the cheat sheet), has the focus. */
    private boolean inFront() {
        return !stage.isIconified() && Window.getWindows().stream().anyMatch(w -> w.isFocused() && ownedByConsole(w));
    }

    private boolean ownedByConsole(Window window) {
        for (Window w = window; w != null; w = w instanceof Stage s ? s.getOwner()
                : w instanceof PopupWindow p ? p.getOwnerWindow() : null) {
            if (w == stage) {
                return true;
            }
        }
        return false;
    }

    /** Brings the window back from the taskbar or from behind other windows. */
    private void bringForward() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
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
