package com.ringbook.ui.thread;

import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The saved-reply picker, docked above the composer while open: type to narrow, Up and Down to choose, Enter (or a
 * double click) puts the reply in the composer at the caret, Esc closes. It sends nothing.
 */
final class SavedRepliesPicker extends VBox {
    private final SavedRepliesViewModel model;
    private final Consumer<String> insert;
    private final Runnable back;
    private final TextField filter = Ui.id(new TextField(), "savedReplyFilter");
    private final ListView<String> list = Ui.id(new ListView<>(), "savedReplyList");
    private final Label empty = Ui.label("", "placeholder-hint");

    /**
     * @param insert puts a picked reply in the composer
     * @param back   returns the cursor to the composer
     */
    SavedRepliesPicker(SavedRepliesViewModel model, Consumer<String> insert, Runnable back) {
        super(6);
        this.model = model;
        this.insert = insert;
        this.back = back;
        getStyleClass().add("saved-replies");
        Ui.id(this, "savedReplies");
        Label title = Ui.label("Saved replies", "saved-replies-title");
        title.setGraphic(Icons.of(MaterialDesignM.MESSAGE_TEXT_FAST_OUTLINE));
        Label hint = Ui.label("Type to narrow · ↑ ↓ to choose · Enter puts it in your reply · Esc closes",
                "composer-hint");
        HBox head = new HBox(10, title, Ui.spacer(), hint);
        head.setAlignment(Pos.CENTER_LEFT);

        filter.setPromptText("Find a saved reply…");
        filter.textProperty().bindBidirectional(model.filterProperty());
        list.setItems(model.shown());
        list.setPrefHeight(150);
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? null : item);
            }
        });
        list.getStyleClass().add("saved-reply-list");
        model.shown().addListener((ListChangeListener<String>) c -> {
            empty.setText(model.emptyText());
            list.getSelectionModel().clearAndSelect(0);
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                pickSelected();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        getChildren().addAll(head, filter, list);
        Ui.bindShown(this, model.openProperty());
        model.openProperty().addListener((obs, was, now) -> {
            if (now) {
                empty.setText(model.emptyText());
                list.getSelectionModel().clearAndSelect(0);
                filter.requestFocus();
            }
        });
    }

    private void keys(KeyEvent e) {
        switch (e.getCode()) {
            case ESCAPE -> {
                e.consume();
                model.close();
                back.run();
            }
            case ENTER -> {
                e.consume();
                pickSelected();
            }
            case DOWN, UP -> {
                if (e.getTarget() == filter) {
                    e.consume();
                    int at = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                    if (at >= 0 && at < list.getItems().size()) {
                        list.getSelectionModel().clearAndSelect(at);
                        list.scrollTo(at);
                    }
                }
            }
            default -> {
            }
        }
    }

    private void pickSelected() {
        model.pick(Math.max(0, list.getSelectionModel().getSelectedIndex())).ifPresent(reply -> {
            insert.accept(reply);
            back.run();
        });
    }
}
