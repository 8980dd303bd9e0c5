package com.ringbook.ui.thread;

import com.ringbook.domain.CallRecord;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.Direction;
import com.ringbook.domain.Message;
import com.ringbook.domain.MessageKind;
import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.TimeText;
import com.ringbook.ui.common.Ui;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import javafx.beans.value.ObservableDoubleValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** A timeline row; its three layouts are built once and rebound to whichever item the cell shows. */
final class TimelineCell extends ListCell<TimelineItem> {
    private static final PseudoClass OURS = PseudoClass.getPseudoClass("ours");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final Supplier<ZoneId> zone;

    private final Label dayLabel = Ui.label("", "day-divider-label");
    private final HBox dayRow;

    private final Label callLabel = Ui.label("", "call-label");
    private final HBox callRow;

    private final Label caption = Ui.label("", "bubble-caption");
    private final Label body = Ui.label("", "bubble-body");
    private final Label time = Ui.label("", "bubble-time");
    private final FontIcon statusIcon = Icons.of(MaterialDesignC.CHECK, "status-icon");
    private final Label status = Ui.label("", "bubble-status");
    private final Label error = Ui.label("", "bubble-error");
    private final VBox bubble;
    private final HBox messageRow;

    TimelineCell(Supplier<ZoneId> zone, ObservableDoubleValue listWidth) {
        this.zone = zone;
        getStyleClass().add("timeline-cell");
        setPrefWidth(0);

        Region left = Ui.styled(new Region(), "day-divider-line");
        Region right = Ui.styled(new Region(), "day-divider-line");
        HBox.setHgrow(left, javafx.scene.layout.Priority.ALWAYS);
        HBox.setHgrow(right, javafx.scene.layout.Priority.ALWAYS);
        dayRow = new HBox(10, left, dayLabel, right);
        dayRow.setAlignment(Pos.CENTER);
        dayRow.getStyleClass().add("day-divider");

        callLabel.setGraphic(Icons.of(MaterialDesignP.PHONE_MISSED, "call-icon"));
        callRow = new HBox(callLabel);
        callRow.setAlignment(Pos.CENTER);
        callRow.getStyleClass().add("call-row");

        body.setWrapText(true);
        body.setMinHeight(Region.USE_PREF_SIZE);
        body.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(160, Math.min(560, listWidth.get() * 0.66)), listWidth));
        status.setGraphic(statusIcon);
        error.setWrapText(true);
        error.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE, "error-icon"));
        error.maxWidthProperty().bind(body.maxWidthProperty());
        error.setMinHeight(Region.USE_PREF_SIZE);
        HBox meta = new HBox(6, time, status);
        meta.setAlignment(Pos.CENTER_RIGHT);
        meta.getStyleClass().add("bubble-meta");
        bubble = new VBox(3, caption, body, error, meta);
        bubble.getStyleClass().add("bubble");
        bubble.setMaxWidth(Region.USE_PREF_SIZE);
        messageRow = new HBox(bubble);
        messageRow.getStyleClass().add("message-row");
    }

    @Override
    protected void updateItem(TimelineItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        if (item instanceof TimelineItem.Day day) {
            LocalDate today = LocalDate.now(zone.get());
            dayLabel.setText(TimeText.day(day.date(), today));
            setGraphic(dayRow);
        } else if (item instanceof TimelineItem.Call call) {
            showCall(call.call());
            setGraphic(callRow);
        } else if (item instanceof TimelineItem.Text text) {
            showMessage(text.message());
            setGraphic(messageRow);
        }
    }

    private void showCall(CallRecord call) {
        String when = call.occurredAt() == null ? "" : " " + TimeText.clock(call.occurredAt(), zone.get());
        callLabel.setText("Missed call" + when + "  ·  " + call.decision().label());
        callLabel.pseudoClassStateChanged(FAILED, !call.decision().sends());
    }

    private void showMessage(Message m) {
        boolean ours = m.direction() == Direction.OUTBOUND;
        messageRow.setAlignment(ours ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        bubble.pseudoClassStateChanged(OURS, ours);
        String kind = captionFor(m.kind());
        caption.setText(kind);
        Ui.show(caption, !kind.isEmpty());
        body.setText(m.body());
        time.setText(m.createdAt() == null ? "" : TimeText.clock(m.createdAt(), zone.get()));
        boolean failed = m.status() != null && m.status().isFinalFailure();
        bubble.pseudoClassStateChanged(FAILED, failed);
        boolean hasError = failed && m.errorText() != null && !m.errorText().isBlank();
        error.setText(hasError ? m.errorText() : "");
        Ui.show(error, hasError);
        Ui.show(status, ours);
        if (ours) {
            DeliveryStatus s = m.status() == null ? DeliveryStatus.PENDING : m.status();
            status.setText(statusText(s));
            statusIcon.setIconCode(switch (s) {
                case PENDING -> MaterialDesignC.CLOCK_OUTLINE;
                case SENT -> MaterialDesignC.CHECK;
                case DELIVERED -> MaterialDesignC.CHECK_ALL;
                case UNDELIVERED, FAILED -> MaterialDesignA.ALERT_CIRCLE;
                case CANCELLED -> MaterialDesignC.CANCEL;
                case RECEIVED -> MaterialDesignC.CHECK;
            });
        }
    }

    static String statusText(DeliveryStatus s) {
        return switch (s) {
            case PENDING -> "Sending";
            case SENT -> "Sent";
            case DELIVERED -> "Delivered";
            case UNDELIVERED -> "Not delivered";
            case FAILED -> "Failed";
            case CANCELLED -> "Not sent";
            case RECEIVED -> "Received";
        };
    }

    private static String captionFor(MessageKind kind) {
        return switch (kind) {
            case TEXT_BACK -> "Automatic text-back";
            case HELP_REPLY -> "Automatic HELP reply";
            case OPT_IN_REPLY -> "Automatic opt-in confirmation";
            case FOLLOW_UP -> "Automatic follow-up";
            case STAFF_REPLY, CUSTOMER -> "";
        };
    }
}
