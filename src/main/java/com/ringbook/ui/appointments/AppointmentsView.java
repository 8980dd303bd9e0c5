package com.ringbook.ui.appointments;

import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import com.ringbook.ui.common.UiExecutor;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The Appointments screen: the toolbar (today, previous, next, title, day or week, show cancelled,
 * exports), the calendar with its fixed header, and the selected job's panel on the right. Keys: T today,
 * Left/Right or Page Up/Down to move, D day, W week, Esc closes the panel.
 */
public final class AppointmentsView extends BorderPane {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final AppointmentsViewModel model;
    private final UiExecutor ui;
    private final CalendarPane body;
    private final ScrollPane scroll;
    private File lastFolder;
    private SaveAsker saveAsker = this::chooseFile;
    /** The range and hours last scrolled to: a reload that keeps both keeps the user's scroll position. */
    private String scrolledFor = "";

    public AppointmentsView(AppointmentsViewModel model, UiExecutor ui) {
        this.model = model;
        this.ui = ui;
        getStyleClass().add("appointments-screen");
        setId("appointmentsScreen");

        body = Ui.id(new CalendarPane(model), "calendarBody");
        CalendarHeader header = Ui.id(new CalendarHeader(model), "calendarHeader");
        scroll = new ScrollPane(body);
        scroll.getStyleClass().add("calendar-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        header.rightInsetProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, scroll.getWidth() - scroll.getViewportBounds().getWidth()
                        - scroll.getInsets().getLeft() - scroll.getInsets().getRight()),
                scroll.widthProperty(), scroll.viewportBoundsProperty()));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox calendar = new VBox(header, scroll);
        calendar.getStyleClass().add("calendar");

        Label empty = Ui.id(Ui.label("", "calendar-empty"), "calendarEmpty");
        empty.setGraphic(Icons.of(MaterialDesignC.CALENDAR_BLANK_OUTLINE, "calendar-empty-icon"));
        empty.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        empty.textProperty().bind(model.emptyTextProperty());
        empty.setMouseTransparent(true);
        Ui.bindShown(empty, model.emptyTextProperty().isNotEmpty());
        StackPane center = new StackPane(calendar, empty);
        center.getStyleClass().add("calendar-area");

        DetailsPanel details = new DetailsPanel(model);
        Ui.bindShown(details, model.selectedProperty().isNotNull());

        setTop(toolbar());
        setCenter(center);
        setRight(details);
        model.gridProperty().addListener((obs, was, now) -> ui.later(this::scrollToWorkingDay));
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** Called when the screen comes into view. */
    public void shown() {
        model.shown();
        body.requestFocus();
    }

    private VBox toolbar() {
        Button today = Ui.id(new Button("Today"), "apptToday");
        today.setTooltip(new Tooltip("Today  (T)"));
        today.setOnAction(e -> model.today());
        Button previous = Ui.id(new Button(null, Icons.of(MaterialDesignC.CHEVRON_LEFT)), "apptPrevious");
        previous.setTooltip(new Tooltip("Previous  (Left, Page Up)"));
        previous.setOnAction(e -> model.previous());
        Button next = Ui.id(new Button(null, Icons.of(MaterialDesignC.CHEVRON_RIGHT)), "apptNext");
        next.setTooltip(new Tooltip("Next  (Right, Page Down)"));
        next.setOnAction(e -> model.next());
        HBox arrows = new HBox(4, previous, next);
        Label title = Ui.id(Ui.label("", "screen-title"), "apptTitle");
        title.textProperty().bind(model.titleProperty());

        HBox modes = new HBox();
        modes.getStyleClass().add("segmented");
        ToggleGroup group = new ToggleGroup();
        for (CalendarRange.Mode m : CalendarRange.Mode.values()) {
            ToggleButton b = Ui.id(new ToggleButton(m.label()), "mode-" + m.name());
            b.setUserData(m);
            b.setToggleGroup(group);
            b.setTooltip(new Tooltip(m.label() + "  (" + m.label().charAt(0) + ")"));
            b.setSelected(model.modeProperty().get() == m);
            modes.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                model.modeProperty().set((CalendarRange.Mode) now.getUserData());
            }
        });
        model.modeProperty().addListener((obs, was, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));

        HBox first = new HBox(10, today, arrows, title, Ui.spacer(), modes);
        first.setAlignment(Pos.CENTER_LEFT);

        Label summary = Ui.id(Ui.label("", "appt-summary"), "apptSummary");
        summary.textProperty().bind(model.summaryProperty());
        Label notice = Ui.id(Ui.label("", "appt-notice"), "apptNotice");
        notice.textProperty().bind(model.noticeProperty());
        model.noticeIsProblemProperty().addListener((obs, was, now) -> notice.pseudoClassStateChanged(PROBLEM, now));
        Label error = Ui.id(Ui.label("", "inline-error"), "apptError");
        error.textProperty().bind(model.errorProperty());
        Ui.bindShown(error, model.errorProperty().isNotEmpty());
        CheckBox cancelled = Ui.id(new CheckBox("Show cancelled"), "showCancelled");
        cancelled.selectedProperty().bindBidirectional(model.showCancelledProperty());
        Button export = Ui.id(new Button("Export .ics", Icons.of(MaterialDesignC.CALENDAR_EXPORT)), "exportVisible");
        export.setTooltip(new Tooltip("Save the booked jobs shown as a calendar file"));
        export.setOnAction(e -> export(model.visibleExportName(), model::exportVisible));
        Button upcoming = Ui.id(new Button("Export all upcoming"), "exportUpcoming");
        upcoming.setTooltip(new Tooltip("Save every booked job from today to a year from now as a calendar file"));
        upcoming.setOnAction(e -> export(model.upcomingExportName(), model::exportUpcoming));
        export.disableProperty().bind(model.busyProperty());
        upcoming.disableProperty().bind(model.busyProperty());
        HBox second = new HBox(14, summary, error, notice, Ui.spacer(), cancelled, export, upcoming);
        second.setAlignment(Pos.CENTER_LEFT);

        VBox bar = new VBox(10, first, second);
        bar.getStyleClass().add("appt-toolbar");
        return bar;
    }

    /** Where the exports are saved: a file chooser unless something else is set (a test's folder). */
    public void setSaveAsker(SaveAsker asker) {
        this.saveAsker = asker;
    }

    /** Asks where to save a calendar file; empty when the user backs out. */
    @FunctionalInterface
    public interface SaveAsker {
        Optional<Path> ask(String suggestedName, Window owner);
    }

    private void export(String suggestedName, Consumer<Path> export) {
        saveAsker.ask(suggestedName, getScene().getWindow()).ifPresent(export);
    }

    private Optional<Path> chooseFile(String suggestedName, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export appointments");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Calendar file (*.ics)", "*.ics"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isControlDown() || e.isAltDown()
                || e.isMetaDown()) {
            return;
        }
        switch (e.getCode()) {
            case T -> model.today();
            case LEFT, PAGE_UP -> model.previous();
            case RIGHT, PAGE_DOWN -> model.next();
            case D -> model.modeProperty().set(CalendarRange.Mode.DAY);
            case W -> model.modeProperty().set(CalendarRange.Mode.WEEK);
            case ESCAPE -> model.clearSelection();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** When the whole day shows, opens it at the working day rather than at midnight. */
    private void scrollToWorkingDay() {
        CalendarGrid grid = model.gridProperty().get();
        String window = model.rangeProperty().get() + " " + grid.startMinute() + "-" + grid.endMinute();
        if (window.equals(scrolledFor) || getScene() == null) {
            return;
        }
        scrolledFor = window;
        scroll.applyCss();
        scroll.layout();
        double content = body.getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport) {
            return;
        }
        // A little above the line, so its hour label shows too.
        double y = Math.max(0, body.offsetOf(grid.scrollTo()) - 10);
        scroll.setVvalue(Math.min(1, y / (content - viewport)));
    }
}
