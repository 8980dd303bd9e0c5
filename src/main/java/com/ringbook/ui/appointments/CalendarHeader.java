package com.ringbook.ui.appointments;

import com.ringbook.ui.appointments.CalendarGrid.Column;
import com.ringbook.ui.common.Ui;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The calendar's column headers, kept in view above the scrolling body: the days of a week (today
 * stands out, closed days are muted) or the crews of a day, and under a week's days their crew lanes.
 */
final class CalendarHeader extends Region {
    private static final double ROW = 30;
    private static final double LANE_ROW = 20;
    private static final PseudoClass TODAY = PseudoClass.getPseudoClass("today");
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");

    private record Placed(Label label, Column column, boolean lane) {
    }

    private final List<Placed> placed = new ArrayList<>();
    /** The width the body's scroll bar takes on the right, so headers stay over their columns. */
    private final DoubleProperty rightInset = new SimpleDoubleProperty();
    private boolean hasLanes;

    CalendarHeader(AppointmentsViewModel model) {
        getStyleClass().add("calendar-header");
        model.gridProperty().addListener((obs, was, now) -> show(now));
        rightInset.addListener((obs, was, now) -> requestLayout());
        show(model.gridProperty().get());
    }

    DoubleProperty rightInsetProperty() {
        return rightInset;
    }

    private void show(CalendarGrid grid) {
        placed.clear();
        hasLanes = grid != null && !grid.lanes().isEmpty();
        if (grid != null) {
            for (Column c : grid.columns()) {
                placed.add(new Placed(label(c, "calendar-column-title"), c, false));
            }
            for (Column c : grid.lanes()) {
                placed.add(new Placed(label(c, "calendar-lane-title"), c, true));
            }
        }
        getChildren().setAll(placed.stream().map(Placed::label).toList());
        requestLayout();
    }

    private static Label label(Column c, String styleClass) {
        Label label = Ui.label(c.title(), styleClass);
        label.setAlignment(Pos.CENTER);
        label.setManaged(false);
        label.pseudoClassStateChanged(TODAY, c.today());
        label.pseudoClassStateChanged(CLOSED, c.closed());
        return label;
    }

    @Override
    protected double computePrefHeight(double width) {
        return ROW + (hasLanes ? LANE_ROW : 0);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double areaWidth = Math.max(0, getWidth() - CalendarPane.GUTTER - 1 - rightInset.get());
        for (Placed p : placed) {
            double x = snapPositionX(CalendarPane.GUTTER + p.column().left() * areaWidth);
            double w = snapSizeX(p.column().width() * areaWidth);
            if (p.lane()) {
                p.label().resizeRelocate(x, ROW, w, LANE_ROW);
            } else {
                p.label().resizeRelocate(x, 0, w, ROW);
            }
        }
    }
}
