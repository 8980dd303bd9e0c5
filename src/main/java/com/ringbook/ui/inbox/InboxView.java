package com.ringbook.ui.inbox;

import com.ringbook.domain.ThreadSummary;
import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import java.text.NumberFormat;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The middle column: search, filters with their counts, and the virtualised, paged list of conversations. */
public final class InboxView extends VBox {
    private final InboxViewModel model;
    private final TextField search = Ui.id(new TextField(), "inboxSearch");
    private final ListView<ThreadSummary> list = Ui.id(new ListView<>(), "inboxList");
    private final ScrollAnchor anchor;

    public InboxView(InboxViewModel model) {
        this.model = model;
        getStyleClass().add("inbox-pane");
        getStylesheets().add(InboxView.class.getResource("/com/ringbook/ui/inbox.css").toExternalForm());

        Label title = Ui.label("Inbox", "pane-title");
        Label count = Ui.id(Ui.label("", "pane-count"), "inboxCount");
        NumberFormat number = NumberFormat.getIntegerInstance();
        // The filter's full count, not the rows loaded so far; while searching, the hits loaded (and "+" for more).
        count.textProperty().bind(Bindings.createStringBinding(() -> model.searchProperty().get().isBlank()
                        ? number.format(model.countsProperty().get().of(model.filterProperty().get()))
                        : model.threads().size() + (model.hasMore() ? "+" : ""),
                model.countsProperty(), model.filterProperty(), model.searchProperty(), model.revisionProperty()));
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

        VBox header = new VBox(10, titleRow, searchBox, new FilterBar(model));
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
        anchor = new ScrollAnchor(list);
        model.revisionProperty().addListener((obs, was, now) -> {
            syncSelection();
            anchor.restore();
        });
        model.selectedIdProperty().addListener((obs, was, now) -> syncSelection());
        model.filterProperty().addListener((obs, was, now) -> anchor.forget());
        model.searchProperty().addListener((obs, was, now) -> anchor.forget());
        VBox.setVgrow(list, Priority.ALWAYS);

        Label error = Ui.label("", "inline-error");
        error.textProperty().bind(model.errorProperty());
        Ui.bindShown(error, model.errorProperty().isNotEmpty());

        getChildren().addAll(header, error, list);
    }

    /** Says why the list is empty: nothing matches the search (with a way out), or nothing is here yet. */
    private StackPane placeholder() {
        Label icon = new Label(null, Icons.of(MaterialDesignI.INBOX_OUTLINE, "placeholder-icon"));
        Label text = Ui.id(Ui.label("", "placeholder-title"), "inboxEmptyTitle");
        text.textProperty().bind(model.emptyTitleProperty());
        text.setWrapText(true);
        Label hint = Ui.label("", "placeholder-hint");
        hint.textProperty().bind(model.emptyHintProperty());
        hint.setWrapText(true);
        Button clear = Ui.id(new Button("Clear search"), "clearSearch");
        clear.getStyleClass().add("link-button");
        clear.setOnAction(e -> {
            model.clearSearch();
            search.requestFocus();
        });
        Ui.bindShown(clear, model.noMatchesProperty());
        VBox box = new VBox(6, icon, text, hint, clear);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(260);
        StackPane pane = new StackPane(box);
        pane.getStyleClass().add("placeholder");
        // Nothing is said before the first page has been read: an empty list then means "not yet known".
        box.visibleProperty().bind(model.loadedProperty());
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
