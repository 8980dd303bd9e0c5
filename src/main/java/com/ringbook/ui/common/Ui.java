package com.ringbook.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Tiny builders that keep view code short and consistent. */
public final class Ui {
    private Ui() {
    }

    public static Label label(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    public static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    public static <T extends Node> T id(T node, String id) {
        node.setId(id);
        return node;
    }

    public static <T extends Node> T styled(T node, String... styleClasses) {
        node.getStyleClass().addAll(styleClasses);
        return node;
    }

    /** Hides a node and takes it out of layout together. */
    public static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    public static void bindShown(Node node, javafx.beans.value.ObservableBooleanValue visible) {
        node.visibleProperty().bind(visible);
        node.managedProperty().bind(visible);
    }

    /** True when the node and every parent are visible and it is in a scene: a shortcut for it may act. */
    public static boolean showing(Node node) {
        Node n = node;
        for (; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Keeps a button's whole label when its row runs short of room: the text beside it gives way instead. */
    public static <T extends Region> T whole(T region) {
        region.setMinWidth(Region.USE_PREF_SIZE);
        return region;
    }
}
