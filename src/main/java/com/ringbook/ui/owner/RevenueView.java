package com.ringbook.ui.owner;

import com.ringbook.ui.common.Ui;
import com.ringbook.ui.common.UiExecutor;
import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** The Revenue screen: binds to {@link RevenueViewModel} and holds no rules of its own. */
public final class RevenueView extends BorderPane {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final RevenueViewModel model;
    private final WeeklyChart chart;

    public RevenueView(RevenueViewModel model, UiExecutor ui) {
        this.model = model;
        getStyleClass().add("revenue-screen");
        chart = new WeeklyChart((figure, week) -> model.open(figure, week.weekStart()));
        setTop(toolbar());
        FlowPane tiles = Ui.id(new FlowPane(12, 12), "revenueTiles");
        tiles.getStyleClass().add("revenue-tiles");
        model.tiles().addListener((ListChangeListener<Tile>) c -> tiles.getChildren().setAll(model.tiles().stream().map(this::tile).toList()));
        VBox funnel = funnel();
        HBox lower = new HBox(16, funnel, new RoiPanel(model.roi()));
        HBox.setHgrow(funnel, Priority.ALWAYS);
        VBox content = new VBox(16, tiles, Ui.styled(new VBox(chart), "revenue-card"), lower);
        content.getStyleClass().add("revenue-content");
        ScrollPane scroll = Ui.styled(new ScrollPane(content), "revenue-scroll");
        scroll.setFitToWidth(true);
        setCenter(scroll);
        VBox behind = behind();
        setRight(behind);
        model.overviewProperty().addListener((o, was, now) -> {
            if (now != null) {
                chart.show(now.weeks(), model::money);
            }
        });
    }

    private HBox toolbar() {
        Label title = Ui.label("Revenue", "screen-title");
        ChoiceBox<Integer> range = Ui.id(new ChoiceBox<>(), "revenueRange");
        range.getItems().setAll(RevenueViewModel.RANGES);
        range.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer weeks) {
                return weeks == null ? "" : "Last " + weeks + " weeks";
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        range.setValue(model.weeksProperty().get());
        range.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.weeksProperty().set(now);
            }
        });
        Button refresh = Ui.id(new Button("Refresh"), "revenueRefresh");
        refresh.setOnAction(e -> model.load());
        Button csv = Ui.id(new Button("Export CSV…"), "revenueExportCsv");
        csv.setOnAction(e -> choose("revenue.csv", "CSV table", "*.csv").ifPresent(model::exportCsv));
        Button png = Ui.id(new Button("Save chart as PNG…"), "revenueExportPng");
        png.setOnAction(e -> choose("revenue-chart.png", "PNG picture", "*.png").ifPresent(this::savePicture));
        Label notice = Ui.id(Ui.label("", "revenue-notice"), "revenueNotice");
        notice.textProperty().bind(model.noticeProperty());
        model.noticeIsProblemProperty().addListener((o, was, now) -> notice.pseudoClassStateChanged(PROBLEM, now));
        ProgressBar loading = new ProgressBar();
        loading.setPrefWidth(80);
        Ui.bindShown(loading, model.loadingProperty());
        HBox bar = new HBox(10, title, range, refresh, loading, Ui.spacer(), notice, csv, png);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("revenue-toolbar");
        return bar;
    }

    private java.util.Optional<java.nio.file.Path> choose(String name, String what, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        File file = chooser.showSaveDialog(getScene().getWindow());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }

    /** The chart's pixels are taken here, on the FX thread; encoding and writing happen in the background. */
    public void savePicture(java.nio.file.Path file) {
        WritableImage image = chart.snapshot(new SnapshotParameters(), null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        model.exportPng(width, height, argb, file);
    }

    private Node tile(Tile tile) {
        Label value = Ui.id(Ui.label(tile.value(), "tile-value"), tile.id() + "Value");
        VBox box = Ui.id(new VBox(2, Ui.label(tile.label(), "tile-label"), value, Ui.label(tile.note(), "tile-note")), tile.id());
        box.getStyleClass().add("revenue-tile");
        if (tile.opens().isPresent()) {
            box.getStyleClass().add("opens");
            box.setOnMouseClicked(e -> model.open(tile));
        }
        return box;
    }

    private VBox funnel() {
        VBox rows = Ui.id(new VBox(6), "revenueFunnel");
        VBox lost = new VBox(2);
        model.funnel().addListener((ListChangeListener<FunnelRow>) c -> rows.getChildren().setAll(model.funnel().stream().map(r -> {
            Label name = Ui.label(r.label(), "funnel-label");
            name.setMinWidth(110);
            javafx.scene.layout.Region bar = Ui.styled(new javafx.scene.layout.Region(), "funnel-bar");
            bar.setPrefHeight(18);
            bar.prefWidthProperty().bind(rows.widthProperty().subtract(260).multiply(r.fraction()));
            bar.setMinWidth(2);
            Label count = Ui.label(r.count() + "  ·  " + r.share(), "funnel-count");
            HBox row = Ui.id(new HBox(10, name, bar, count), "funnel" + r.figure().name());
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("funnel-row");
            row.setOnMouseClicked(e -> model.openRange(r.figure()));
            return (Node) row;
        }).toList()));
        model.lost().addListener((ListChangeListener<String>) c -> lost.getChildren().setAll(
                model.lost().stream().map(line -> (Node) Ui.label(line, "funnel-lost")).toList()));
        VBox card = new VBox(10, Ui.label("Funnel for the range", "revenue-card-title"), rows,
                Ui.label("Where leads were lost", "revenue-card-subtitle"), lost);
        card.getStyleClass().add("revenue-card");
        return card;
    }

    private VBox behind() {
        Label title = Ui.id(Ui.label("", "revenue-card-title"), "revenueBehindTitle");
        title.textProperty().bind(model.behindTitleProperty());
        title.setWrapText(true);
        Button close = Ui.id(new Button("Close"), "revenueBehindClose");
        close.setOnAction(e -> model.closeBehind());
        ListView<BehindRow> list = Ui.id(new ListView<>(model.behind()), "revenueBehind");
        list.setCellFactory(v -> new ListCell<>() {
            {
                getStyleClass().add("behind-cell");
            }

            @Override
            protected void updateItem(BehindRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                VBox box = new VBox(1, Ui.label(row.who(), "behind-who"), Ui.label(row.when() + (row.detail().isEmpty() ? ""
                        : "  ·  " + row.detail()), "behind-detail"));
                setGraphic(box);
                setText(null);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() >= 1 && list.getSelectionModel().getSelectedItem() != null) {
                model.openConversation(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                model.openConversation(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox panel = new VBox(8, new HBox(8, title, Ui.spacer(), close), Ui.label("Click a line to open its conversation.",
                "revenue-muted"), list);
        panel.getStyleClass().add("revenue-behind");
        panel.setPrefWidth(320);
        Ui.bindShown(panel, model.behindOpenProperty());
        return panel;
    }

    /** Called when the screen is shown: the figures are read again. */
    public void shown() {
        model.load();
    }
}
