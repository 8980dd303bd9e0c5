package com.ringbook.ui.owner;

import com.ringbook.ui.common.Ui;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The ROI calculator's inputs and results, bound to its view model. */
final class RoiPanel extends VBox {

    RoiPanel(RoiViewModel model) {
        super(8);
        getStyleClass().addAll("revenue-card", "roi");
        Label source = Ui.label("", "revenue-muted");
        source.textProperty().bind(model.sourceProperty());
        source.setWrapText(true);
        GridPane inputs = new GridPane();
        inputs.getStyleClass().add("roi-grid");
        int row = 0;
        input(inputs, row++, "Missed calls a week", "roiMissed", model.missedProperty());
        input(inputs, row++, "Recovery rate (%)", "roiRate", model.rateProperty());
        input(inputs, row++, "Recovered calls a week", "roiRecovered", model.recoveredProperty());
        input(inputs, row++, "Average job value", "roiJobValue", model.jobValueProperty());
        input(inputs, row++, "Ringbook a month", "roiRingbookCost", model.ringbookCostProperty());
        input(inputs, row++, "Answering service a month", "roiAnsweringCost", model.answeringCostProperty());
        GridPane results = new GridPane();
        results.getStyleClass().add("roi-grid");
        row = 0;
        output(results, row++, "Recovered a week", "roiWeekly", model.weeklyProperty());
        output(results, row++, "Recovered a month", "roiMonthly", model.monthlyProperty());
        output(results, row++, "Recovered a year (52 weeks)", "roiYearly", model.yearlyProperty());
        output(results, row++, "Ringbook payback", "roiRingbookPayback", model.ringbookPaybackProperty());
        output(results, row++, "Answering service payback", "roiAnsweringPayback", model.answeringPaybackProperty());
        Label comparison = Ui.id(Ui.label("", "roi-comparison"), "roiComparison");
        comparison.textProperty().bind(model.comparisonProperty());
        comparison.setWrapText(true);
        Label problem = Ui.id(Ui.label("", "roi-problem"), "roiProblem");
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        Ui.bindShown(problem, model.problemProperty().isNotEmpty());
        getChildren().addAll(Ui.label("ROI calculator", "revenue-card-title"), source, inputs, problem, results, comparison);
    }

    private static void input(GridPane grid, int row, String label, String id, StringProperty value) {
        TextField field = Ui.id(new TextField(), id);
        field.setPrefColumnCount(8);
        field.textProperty().bindBidirectional(value);
        grid.add(Ui.label(label, "roi-label"), 0, row);
        grid.add(field, 1, row);
    }

    private static void output(GridPane grid, int row, String label, String id, ReadOnlyStringProperty value) {
        Label out = Ui.id(Ui.label("", "roi-value"), id);
        out.textProperty().bind(value);
        grid.add(Ui.label(label, "roi-label"), 0, row);
        grid.add(out, 1, row);
    }
}
