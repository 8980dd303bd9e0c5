package com.ringbook.ui.inbox;

import com.ringbook.domain.ThreadSummary;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.StageChip;
import com.ringbook.ui.common.Ticker;
import com.ringbook.ui.common.TimeText;
import com.ringbook.ui.common.Ui;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** One inbox row. Built once per cell; {@link #updateItem} rebinds it to whichever thread it shows now. */
final class ThreadCell extends ListCell<ThreadSummary> {
    /** Past this a waiting customer is late: the badge turns red. */
    static final Duration WAITING_TARGET = Duration.ofMinutes(5);

    private final Ticker ticker;
    private final BusinessContext business;
    private final Region unreadDot = Ui.styled(new Region(), "unread-dot");
    private final Label name = Ui.label("", "thread-name");
    private final Label time = Ui.label("", "thread-time");
    private final StageChip stage = new StageChip();
    private final FontIcon problemIcon = Icons.of(MaterialDesignA.ALERT_CIRCLE, "problem-icon");
    private final Label problem = Ui.label("", "thread-problem");
    private final Label waiting = Ui.label("", "waiting-badge");
    private final Label preview = Ui.label("", "thread-preview");
    private final HBox box;

    ThreadCell(Ticker ticker, BusinessContext business) {
        this.ticker = ticker;
        this.business = business;
        getStyleClass().add("thread-cell");
        name.setMinWidth(0);
        time.setMinWidth(Region.USE_PREF_SIZE);
        waiting.setGraphic(Icons.of(MaterialDesignC.CLOCK_OUTLINE));
        waiting.setMinWidth(Region.USE_PREF_SIZE);
        problem.setGraphic(problemIcon);
        problem.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(6, name, Ui.spacer(), time);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox middle = new HBox(6, stage, problem, Ui.spacer(), waiting);
        middle.setAlignment(Pos.CENTER_LEFT);
        preview.setMinWidth(0);
        VBox lines = new VBox(4, top, preview, middle);
        lines.setMinWidth(0);
        HBox.setHgrow(lines, javafx.scene.layout.Priority.ALWAYS);
        StackPane gutter = new StackPane(unreadDot);
        gutter.getStyleClass().add("unread-gutter");
        StackPane.setAlignment(unreadDot, Pos.TOP_CENTER);
        box = new HBox(gutter, lines);
        box.getStyleClass().add("thread-row");
        box.setMinWidth(0);
        setPrefWidth(0);
        ticker.nowProperty().addListener((obs, was, now) -> refreshTimes());
        business.zoneProperty().addListener((obs, was, now) -> refreshTimes());
    }

    @Override
    protected void updateItem(ThreadSummary item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        name.setText(item.displayName());
        boolean unread = item.unread() > 0;
        unreadDot.setVisible(unread);
        pseudoClassStateChanged(UNREAD, unread);
        stage.setStage(item.stage());
        preview.setText(item.preview() == null ? "" : item.preview().replace('\n', ' '));
        boolean hasProblem = item.problem() != null && !item.problem().isBlank();
        Ui.show(problem, hasProblem);
        problem.setText(hasProblem ? "Not delivered" : "");
        setTooltip(hasProblem ? new Tooltip(item.problem()) : null);
        refreshTimes();
        setGraphic(box);
    }

    private void refreshTimes() {
        ThreadSummary item = getItem();
        if (item == null || isEmpty()) {
            return;
        }
        Instant now = ticker.now();
        time.setText(TimeText.ago(item.lastActivityAt(), now, business.zone()));
        boolean isWaiting = item.waitingSince() != null && item.stage().isOpen();
        Ui.show(waiting, isWaiting);
        if (isWaiting) {
            waiting.setText(TimeText.waited(item.waitingSince(), now));
            boolean late = Duration.between(item.waitingSince(), now).compareTo(WAITING_TARGET) > 0;
            waiting.pseudoClassStateChanged(LATE, late);
        }
    }

    private static final javafx.css.PseudoClass UNREAD = javafx.css.PseudoClass.getPseudoClass("unread");
    private static final javafx.css.PseudoClass LATE = javafx.css.PseudoClass.getPseudoClass("late");
}
