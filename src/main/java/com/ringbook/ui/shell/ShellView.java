package com.ringbook.ui.shell;

import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The frame around every screen: navigation rail on the left, the screen, the status bar below. */
final class ShellView extends BorderPane {

    /** One entry of the rail. */
    record Destination(String id, String title, Ikon icon, Node screen, Runnable onShow) {
    }

    private final ToggleGroup group = new ToggleGroup();
    private final StackPane content = new StackPane();
    private final List<Destination> destinations = new ArrayList<>();
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final VBox rail = new VBox(4);

    ShellView(StatusBarView statusBar) {
        getStyleClass().add("shell");
        Label logo = new Label("Ringbook", Icons.of(MaterialDesignP.PHONE_RETURN, "brand-icon"));
        logo.getStyleClass().add("brand");
        rail.getChildren().add(logo);
        rail.getStyleClass().add("nav-rail");
        rail.setAlignment(Pos.TOP_CENTER);
        content.getStyleClass().add("content");
        setLeft(rail);
        setCenter(content);
        setBottom(statusBar);
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true);
                return;
            }
            Destination d = (Destination) now.getUserData();
            content.getChildren().setAll(d.screen());
            d.onShow().run();
        });
    }

    /** Adds a rail entry; its shortcut is Ctrl+(its position). A badge text, when given, shows on the entry. */
    void add(Destination d, ObservableValue<String> badge) {
        destinations.add(d);
        int position = destinations.size();
        ToggleButton b = Ui.id(new ToggleButton(d.title()), d.id());
        b.setGraphic(Icons.of(d.icon(), "nav-icon"));
        b.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        b.getStyleClass().add("nav-item");
        b.setUserData(d);
        b.setToggleGroup(group);
        b.setTooltip(new Tooltip(d.title() + "  (Ctrl+" + position + ")"));
        b.setMaxWidth(Double.MAX_VALUE);
        b.setFocusTraversable(false);
        Node entry = b;
        if (badge != null) {
            Label count = Ui.label("", "nav-badge");
            count.textProperty().bind(badge);
            count.visibleProperty().bind(Bindings.createBooleanBinding(
                    () -> badge.getValue() != null && !badge.getValue().isEmpty(), badge));
            count.setMouseTransparent(true);
            StackPane stack = new StackPane(b, count);
            StackPane.setAlignment(count, Pos.TOP_RIGHT);
            entry = stack;
        }
        buttons.add(b);
        rail.getChildren().add(entry);
        VBox.setVgrow(entry, Priority.NEVER);
    }

    /** Shows the screen at {@code position}; on the screen already shown, puts the cursor back where it starts. */
    void show(int position) {
        if (position >= 1 && position <= buttons.size()) {
            ToggleButton b = buttons.get(position - 1);
            if (b.isSelected()) {
                ((Destination) b.getUserData()).onShow().run();
            } else {
                b.setSelected(true);
            }
        }
    }

    void show(String id) {
        buttons.stream().filter(b -> id.equals(b.getId())).findFirst().ifPresent(b -> b.setSelected(true));
    }

    String current() {
        return group.getSelectedToggle() == null ? "" : ((ToggleButton) group.getSelectedToggle()).getId();
    }

    int size() {
        return buttons.size();
    }
}
