package com.ringbook.ui.owner;

import com.ringbook.revenue.api.Figure;
import com.ringbook.revenue.api.WeekFigures;
import com.ringbook.ui.common.Ui;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import javafx.scene.Cursor;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The weekly chart: missed calls, text-backs, replies and booked jobs as bars, and recovered revenue as its own bars
 * below on a money axis. Clicking a bar lists what is behind it. Only draws what it is given.
 */
final class WeeklyChart extends VBox {
    private static final List<Figure> COUNTED = List.of(Figure.MISSED, Figure.TEXTED, Figure.REPLIED, Figure.BOOKED);

    private final BarChart<String, Number> counts;
    private final BarChart<String, Number> revenue;
    private final BiConsumer<Figure, WeekFigures> onClick;

    WeeklyChart(BiConsumer<Figure, WeekFigures> onClick) {
        this.onClick = onClick;
        NumberAxis countAxis = new NumberAxis();
        countAxis.setLabel("calls and jobs");
        countAxis.setMinorTickVisible(false);
        counts = Ui.id(new BarChart<>(new CategoryAxis(), countAxis), "revenueCountChart");
        counts.setTitle("Missed calls, text-backs, replies and booked jobs by week");
        counts.setAnimated(false);
        counts.setCategoryGap(14);
        counts.setBarGap(1);
        counts.setPrefHeight(300);
        NumberAxis moneyAxis = new NumberAxis();
        moneyAxis.setLabel("recovered revenue");
        moneyAxis.setMinorTickVisible(false);
        revenue = Ui.id(new BarChart<>(new CategoryAxis(), moneyAxis), "revenueMoneyChart");
        revenue.setTitle("Recovered revenue by week");
        revenue.setAnimated(false);
        revenue.setLegendVisible(false);
        revenue.setCategoryGap(14);
        revenue.setPrefHeight(200);
        getStyleClass().add("revenue-chart");
        getChildren().addAll(counts, revenue);
    }

    void show(List<WeekFigures> weeks, LongFunction<String> money) {
        counts.getData().clear();
        for (Figure figure : COUNTED) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(figure.label());
            for (WeekFigures w : weeks) {
                XYChart.Data<String, Number> bar = new XYChart.Data<>(RevenueViewModel.weekLabel(w.weekStart()), w.count(figure));
                clickable(bar, figure, w, figure.label() + ", week of " + RevenueText.weekRange(w.weekStart()) + ": " + w.count(figure));
                series.getData().add(bar);
            }
            counts.getData().add(series);
        }
        revenue.getData().clear();
        XYChart.Series<String, Number> dollars = new XYChart.Series<>();
        dollars.setName("Recovered revenue");
        for (WeekFigures w : weeks) {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(RevenueViewModel.weekLabel(w.weekStart()), w.recoveredCents() / 100.0);
            clickable(bar, Figure.BOOKED, w, "Recovered, week of " + RevenueText.weekRange(w.weekStart()) + ": "
                    + money.apply(w.recoveredCents()));
            dollars.getData().add(bar);
        }
        revenue.getData().add(dollars);
    }

    /** The bar's node is made when the chart lays it out: the click and tooltip go on it then. */
    private void clickable(XYChart.Data<String, Number> bar, Figure figure, WeekFigures week, String tip) {
        bar.nodeProperty().addListener((o, was, node) -> {
            if (node != null) {
                node.setCursor(Cursor.HAND);
                node.getStyleClass().add("revenue-bar");
                Tooltip.install(node, new Tooltip(tip + " — click for the list"));
                node.setOnMouseClicked(e -> onClick.accept(figure, week));
            }
        });
    }
}
