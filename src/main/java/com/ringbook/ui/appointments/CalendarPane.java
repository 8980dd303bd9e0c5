package com.ringbook.ui.appointments;

import com.ringbook.ui.appointments.CalendarGrid.Block;
import com.ringbook.ui.appointments.CalendarGrid.Column;
import com.ringbook.ui.appointments.CalendarGrid.HourMark;
import com.ringbook.ui.appointments.CalendarGrid.Shade;
import com.ringbook.ui.common.Ui;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The calendar's body: hour lines and their labels, closed times, column and lane lines, and one block
 * per appointment, each placed where the view model's grid says (fractions of the area right of the
 * hour labels). Rebuilt when the grid changes; a week is a few hundred nodes at most.
 */
final class CalendarPane extends Region {
    /** Room for the hour labels on the left; the header leaves the same. */
    static final double GUTTER = 60;
    /** An hour is never drawn shorter than this: more hours than fit scroll. */
    static final double MIN_HOUR_HEIGHT = 48;
    private static final double PAD_Y = 10;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private enum Kind { HOUR_LINE, HOUR_LABEL, COLUMN_LINE, LANE_LINE, SHADE, BLOCK }

    private record Placed(Node node, Kind kind, double left, double width, double top, double height) {
    }

    private final AppointmentsViewModel model;
    private final List<Placed> placed = new ArrayList<>();
    private final List<VBox> blocks = new ArrayList<>();
    private double hoursShown = 9;

    CalendarPane(AppointmentsViewModel model) {
        this.model = model;
        getStyleClass().add("calendar-body");
        setFocusTraversable(true);
        model.gridProperty().addListener((obs, was, now) -> show(now));
        model.selectedIdProperty().addListener((obs, was, now) -> markSelected());
        setOnMouseClicked(e -> requestFocus());
        show(model.gridProperty().get());
    }

    private void show(CalendarGrid grid) {
        placed.clear();
        blocks.clear();
        if (grid != null) {
            hoursShown = grid.hoursShown();
            for (Shade s : grid.shades()) {
                add(Ui.styled(new Region(), "calendar-closed"), Kind.SHADE, s.left(), s.width(), s.top(), s.height());
            }
            for (HourMark h : grid.hours()) {
                add(Ui.styled(new Region(), "calendar-hour-line"), Kind.HOUR_LINE, 0, 1, h.top(), 0);
                Label label = Ui.label(h.label(), "calendar-hour-label");
                label.setAlignment(Pos.TOP_RIGHT);
                add(label, Kind.HOUR_LABEL, 0, 0, h.top(), 0);
            }
            for (Column c : grid.lanes()) {
                add(Ui.styled(new Region(), "calendar-lane-line"), Kind.LANE_LINE, c.left(), 0, 0, 1);
            }
            for (Column c : grid.columns()) {
                add(Ui.styled(new Region(), "calendar-column-line"), Kind.COLUMN_LINE, c.left(), 0, 0, 1);
            }
            for (Block b : grid.blocks()) {
                VBox node = block(b);
                blocks.add(node);
                add(node, Kind.BLOCK, b.left(), b.width(), b.top(), b.height());
            }
        }
        getChildren().setAll(placed.stream().map(Placed::node).toList());
        markSelected();
        requestLayout();
    }

    private void add(Node node, Kind kind, double left, double width, double top, double height) {
        node.setManaged(false);
        if (kind != Kind.BLOCK) {
            node.setMouseTransparent(true);
        }
        placed.add(new Placed(node, kind, left, width, top, height));
    }

    private VBox block(Block b) {
        Label time = Ui.label(b.time(), "appt-time");
        Label customer = Ui.label(b.customer(), "appt-customer");
        customer.setWrapText(true);
        Label job = Ui.label(b.jobType() + " \u00b7 " + b.value(), "appt-job");
        Label address = Ui.label(b.address(), "appt-address");
        VBox box = new VBox(time, customer, job, address);
        box.getStyleClass().addAll("appt-block", "appt-" + b.state());
        box.setUserData(b.appointmentId());
        box.setId("appt-" + b.appointmentId() + "-" + b.day());
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(box.widthProperty());
        clip.heightProperty().bind(box.heightProperty());
        box.setClip(clip);
        Tooltip.install(box, new Tooltip(b.tooltip()));
        box.setOnMouseClicked(e -> {
            model.select(b.appointmentId());
            requestFocus();
            e.consume();
        });
        return box;
    }

    private void markSelected() {
        long id = model.selectedIdProperty().get();
        for (VBox b : blocks) {
            b.pseudoClassStateChanged(SELECTED, ((Long) b.getUserData()) == id);
        }
    }

    /** How far down the body a fraction of the grid's height is drawn, in pixels. */
    double offsetOf(double fraction) {
        return PAD_Y + fraction * Math.max(0, getHeight() - 2 * PAD_Y);
    }

    @Override
    protected double computePrefHeight(double width) {
        return hoursShown * MIN_HOUR_HEIGHT + 2 * PAD_Y;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return GUTTER + 400;
    }

    @Override
    protected void layoutChildren() {
        double areaWidth = Math.max(0, getWidth() - GUTTER - 1);
        double areaHeight = Math.max(0, getHeight() - 2 * PAD_Y);
        for (Placed p : placed) {
            double x = snapPositionX(GUTTER + p.left() * areaWidth);
            double y = snapPositionY(PAD_Y + p.top() * areaHeight);
            switch (p.kind()) {
                case HOUR_LINE -> p.node().resizeRelocate(GUTTER - 6, y, areaWidth + 6, 1);
                case HOUR_LABEL -> {
                    double h = p.node().prefHeight(-1);
                    p.node().resizeRelocate(0, Math.max(0, y - h / 2), GUTTER - 12, h);
                }
                case COLUMN_LINE, LANE_LINE -> p.node().resizeRelocate(x, PAD_Y, 1, areaHeight);
                case SHADE -> p.node().resizeRelocate(x, y, snapSizeX(p.width() * areaWidth),
                        snapSizeY(p.height() * areaHeight));
                case BLOCK -> p.node().resizeRelocate(x + 2, y + 1, Math.max(0, snapSizeX(p.width() * areaWidth) - 4),
                        Math.max(0, snapSizeY(p.height() * areaHeight) - 2));
            }
        }
    }
}
