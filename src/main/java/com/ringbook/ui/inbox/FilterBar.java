package com.ringbook.ui.inbox;

import com.ringbook.domain.InboxCounts;
import com.ringbook.domain.InboxQuery;
import com.ringbook.ui.common.Ui;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

/** The inbox's filters as a row of chips that wraps, each with the number of threads it holds beside it. */
final class FilterBar extends FlowPane {
    private final Map<InboxQuery.Filter, Label> counts = new EnumMap<>(InboxQuery.Filter.class);
    private final NumberFormat number = NumberFormat.getIntegerInstance();

    FilterBar(InboxViewModel model) {
        super(4, 4);
        getStyleClass().add("filter-bar");
        ToggleGroup group = new ToggleGroup();
        for (InboxQuery.Filter f : InboxQuery.Filter.SHOWN) {
            Label count = Ui.id(Ui.label("", "filter-count"), "count-" + f.name());
            counts.put(f, count);
            ToggleButton b = Ui.id(new ToggleButton(f.label(), count), "filter-" + f.name());
            b.getStyleClass().add("filter-chip");
            b.setContentDisplay(ContentDisplay.RIGHT);
            b.setUserData(f);
            b.setToggleGroup(group);
            b.setSelected(model.filterProperty().get() == f);
            getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one filter is always on
            } else {
                model.filterProperty().set((InboxQuery.Filter) now.getUserData());
            }
        });
        model.filterProperty().addListener((obs, was, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        model.countsProperty().addListener((obs, was, now) -> show(now));
        show(model.countsProperty().get());
    }

    private void show(InboxCounts now) {
        counts.forEach((filter, label) -> {
            boolean known = now.byFilter().containsKey(filter);
            // Never hidden: a button's skin leaves out a graphic that was invisible when it was laid out.
            label.setText(known ? number.format(now.of(filter)) : "");
        });
    }
}
