package com.ringbook.ui.inbox;

import com.ringbook.domain.SearchSnippet;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.StageChip;
import com.ringbook.ui.common.Ui;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * One inbox row. Built once per cell; {@link #updateItem} redraws it for whichever thread it shows now,
 * from the {@link ThreadRow} the view model works out, and its times are redrawn as the clock ticks.
 */
final class ThreadCell extends ListCell<ThreadSummary> {
    private static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");
    private static final PseudoClass LATE = PseudoClass.getPseudoClass("late");

    private final InboxViewModel model;
    private final Region unreadDot = Ui.styled(new Region(), "unread-dot");
    private final Label name = Ui.label("", "thread-name");
    private final Label time = Ui.label("", "thread-time");
    private final StageChip stage = new StageChip();
    private final FontIcon problemIcon = Icons.of(MaterialDesignA.ALERT_CIRCLE, "problem-icon");
    private final Label problem = Ui.label("", "thread-problem");
    private final Label waiting = Ui.label("", "waiting-badge");
    private final Label preview = Ui.label("", "thread-preview");
    private final TextFlow snippet = Ui.styled(new TextFlow(), "thread-snippet");
    private final HBox box;

    ThreadCell(InboxViewModel model) {
        this.model = model;
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
        snippet.setMinWidth(0);
        snippet.setMaxHeight(Region.USE_PREF_SIZE);
        VBox lines = new VBox(4, top, preview, snippet, middle);
        lines.setMinWidth(0);
        HBox.setHgrow(lines, Priority.ALWAYS);
        StackPane gutter = new StackPane(unreadDot);
        gutter.getStyleClass().add("unread-gutter");
        StackPane.setAlignment(unreadDot, Pos.TOP_CENTER);
        box = new HBox(gutter, lines);
        box.getStyleClass().add("thread-row");
        box.setMinWidth(0);
        setPrefWidth(0);
        model.nowProperty().addListener((obs, was, now) -> refreshTimes());
        model.zoneProperty().addListener((obs, was, now) -> refreshTimes());
        model.waitingTargetProperty().addListener((obs, was, now) -> refreshTimes());
    }

    @Override
    protected void updateItem(ThreadSummary item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            // A cell left empty (a search that narrowed the list) must not keep its last row's unread tint.
            pseudoClassStateChanged(UNREAD, false);
            return;
        }
        ThreadRow row = model.row(item);
        name.setText(row.name());
        unreadDot.setVisible(row.unread());
        pseudoClassStateChanged(UNREAD, row.unread());
        stage.setStage(row.stage());
        stage.setText(row.stageText());
        preview.setText(row.preview());
        showMatch(row.match());
        Ui.show(problem, row.hasProblem());
        problem.setText(row.problem());
        setTooltip(row.hasProblem() ? new Tooltip(row.problemDetail()) : null);
        showTimes(row);
        setGraphic(box);
        model.shown(getIndex());
    }

    /** A search hit in a message shows the words that matched, emphasised, in place of the latest text. */
    private void showMatch(SearchSnippet match) {
        Ui.show(preview, match.isEmpty());
        Ui.show(snippet, !match.isEmpty());
        snippet.getChildren().clear();
        for (SearchSnippet.Part part : match.parts()) {
            Text text = new Text(part.text());
            text.getStyleClass().add(part.matched() ? "snippet-match" : "snippet-text");
            snippet.getChildren().add(text);
        }
    }

    private void refreshTimes() {
        ThreadSummary item = getItem();
        if (item == null || isEmpty()) {
            return;
        }
        showTimes(model.row(item));
    }

    private void showTimes(ThreadRow row) {
        time.setText(row.time());
        Ui.show(waiting, row.waiting());
        if (row.waiting()) {
            waiting.setText(row.waited());
            waiting.pseudoClassStateChanged(LATE, row.late());
        }
    }
}
