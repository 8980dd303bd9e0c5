package com.ringbook.ui.inbox;

import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The middle column: search, filter and the (virtualised) list of conversations. */
public final class InboxView extends VBox {
    private final InboxViewModel model;
    private final TextField search = Ui.id(new TextField(), "inboxSearch");
    private final ListView<ThreadSummary> list = Ui.id(new ListView<>(), "inboxList");

    public InboxView(InboxViewModel model) {
        this.model = model;
        getStyleClass().add("inbox-pane");

        Label title = Ui.label("Inbox", "pane-title");
        Label count = Ui.label("", "pane-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.size(model.threads()).asString());
        HBox titleRow = new HBox(8, title, count);
        titleRow.setAlignment(Pos.BASELINE_LEFT);

        search.setPromptText("Search name, number or message  (Ctrl+F)");
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        HBox searchBox = new HBox(6, Icons.of(MaterialDesignM.MAGNIFY, "search-icon"), search);
        searchBox.getStyleClass().add("search-box");
        searchBox.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);

        HBox filters = new HBox();
        filters.getStyleClass().add("segmented");
        ToggleGroup group = new ToggleGroup();
        for (InboxQuery.Filter f : InboxQuery.Filter.values()) {
            ToggleButton b = Ui.id(new ToggleButton(f.label()), "filter-" + f.name());
            b.setUserData(f);
            b.setToggleGroup(group);
            b.setSelected(model.filterProperty().get() == f);
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
            filters.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one filter is always on
            } else {
                model.filterProperty().set((InboxQuery.Filter) now.getUserData());
            }
        });

        VBox header = new VBox(10, titleRow, searchBox, filters);
        header.getStyleClass().add("inbox-header");

        list.getStyleClass().add("inbox-list");
        list.setCellFactory(v -> new ThreadCell(model));
        list.setPlaceholder(placeholder());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!model.isUpdating() && now != null && now.id() != model.selectedIdProperty().get()) {
                model.select(now.id());
            }
        });
        list.setItems(model.threads());
        model.revisionProperty().addListener((obs, was, now) -> syncSelection());
        model.selectedIdProperty().addListener((obs, was, now) -> syncSelection());
        VBox.setVgrow(list, Priority.ALWAYS);

        Label error = Ui.label("", "inline-error");
        error.textProperty().bind(model.errorProperty());
        Ui.bindShown(error, model.errorProperty().isNotEmpty());

        getChildren().addAll(header, error, list);
    }

    private StackPane placeholder() {
        Label icon = new Label(null, Icons.of(MaterialDesignI.INBOX_OUTLINE, "placeholder-icon"));
        Label text = Ui.label("No conversations here yet", "placeholder-title");
        Label hint = Ui.label("Missed calls appear the moment they are texted back.", "placeholder-hint");
        hint.setWrapText(true);
        VBox box = new VBox(6, icon, text, hint);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(240);
        StackPane pane = new StackPane(box);
        pane.getStyleClass().add("placeholder");
        return pane;
    }

    /** After the list changed under it, point the selection back at the thread the user picked. */
    private void syncSelection() {
        long id = model.selectedIdProperty().get();
        ThreadSummary current = list.getSelectionModel().getSelectedItem();
        if (current != null && current.id() == id) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == id) {
                list.getSelectionModel().select(i);
                return;
            }
        }
        list.getSelectionModel().clearSelection();
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void focusList() {
        list.requestFocus();
    }
}
