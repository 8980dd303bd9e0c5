package com.ringbook.ui.appointments;

import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The side panel for the selected appointment: who, where, what, when, its status, and its actions
 * (open the conversation, cancel with a reason and whether to tell the customer).
 */
final class DetailsPanel extends VBox {
    private static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");

    private final AppointmentsViewModel model;

    DetailsPanel(AppointmentsViewModel model) {
        this.model = model;
        getStyleClass().add("appt-details");
        setId("appointmentDetails");
        setSpacing(10);

        Label customer = Ui.id(Ui.label("", "appt-details-name"), "detailsCustomer");
        customer.textProperty().bind(text(AppointmentDetails::customer));
        customer.setWrapText(true);
        Button close = Ui.id(new Button(null, Icons.of(MaterialDesignC.CLOSE)), "closeDetails");
        close.getStyleClass().add("icon-button");
        close.setTooltip(new Tooltip("Close  (Esc)"));
        close.setOnAction(e -> model.clearSelection());
        HBox top = new HBox(8, customer, Ui.spacer(), close);
        top.setAlignment(Pos.TOP_LEFT);

        Label status = Ui.id(Ui.label("", "appt-status"), "detailsStatus");
        status.textProperty().bind(text(AppointmentDetails::status));
        status.setWrapText(true);
        model.selectedProperty().addListener((obs, was, now) ->
                status.pseudoClassStateChanged(CANCELLED, now != null && !now.cancellable()));

        VBox fields = new VBox(8,
                field(MaterialDesignC.CALENDAR_CLOCK, "detailsWhen", AppointmentDetails::when, "Arrival window"),
                field(MaterialDesignA.ACCOUNT_HARD_HAT, "detailsCrewTime", AppointmentDetails::crewTime,
                        "The crew's booked time"),
                field(MaterialDesignW.WRENCH_OUTLINE, "detailsJob", AppointmentDetails::jobType, "Job"),
                field(MaterialDesignC.CASH, "detailsValue", AppointmentDetails::value, "Value"),
                field(MaterialDesignP.PHONE_OUTLINE, "detailsPhone", AppointmentDetails::phone, "Phone"),
                field(MaterialDesignM.MAP_MARKER_OUTLINE, "detailsAddress", AppointmentDetails::address, "Address"),
                field(MaterialDesignC.CALENDAR_CHECK_OUTLINE, "detailsBookedAt",
                        d -> d.bookedAt().isEmpty() ? "" : "Booked " + d.bookedAt(), "When it was booked"));
        fields.getStyleClass().add("appt-fields");

        Button open = Ui.id(new Button("Open conversation", Icons.of(MaterialDesignM.MESSAGE_TEXT_OUTLINE)),
                "openConversation");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setOnAction(e -> model.openConversation());
        Button cancel = Ui.id(new Button("Cancel job...", Icons.of(MaterialDesignC.CALENDAR_REMOVE_OUTLINE)),
                "beginCancel");
        cancel.getStyleClass().add("danger");
        cancel.setMaxWidth(Double.MAX_VALUE);
        cancel.setOnAction(e -> model.beginCancel());
        Ui.bindShown(cancel, Bindings.createBooleanBinding(() -> model.selectedProperty().get() != null
                        && model.selectedProperty().get().cancellable() && !model.cancelOpenProperty().get(),
                model.selectedProperty(), model.cancelOpenProperty()));
        VBox actions = new VBox(8, open, cancel);
        actions.getStyleClass().add("appt-actions");

        getChildren().addAll(top, status, fields, actions, cancelForm());
    }

    private VBox cancelForm() {
        Label ask = Ui.label("Cancel this job?", "appt-cancel-title");
        TextField reason = Ui.id(new TextField(), "cancelReason");
        reason.setPromptText("Reason (kept with the job)");
        reason.textProperty().bindBidirectional(model.cancelReasonProperty());
        reason.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.keepJob();
                e.consume();
            }
        });
        CheckBox tell = Ui.id(new CheckBox("Tell the customer by text"), "tellCustomer");
        tell.selectedProperty().bindBidirectional(model.tellCustomerProperty());
        Label error = Ui.id(Ui.label("", "inline-error"), "cancelError");
        error.setWrapText(true);
        error.textProperty().bind(model.cancelErrorProperty());
        Ui.bindShown(error, model.cancelErrorProperty().isNotEmpty());
        Button confirm = Ui.id(new Button("Cancel job"), "confirmCancel");
        confirm.getStyleClass().add("danger-filled");
        confirm.disableProperty().bind(model.busyProperty());
        confirm.setOnAction(e -> model.confirmCancel());
        reason.setOnAction(e -> model.confirmCancel());
        Button keep = Ui.id(new Button("Keep it"), "keepJob");
        keep.setOnAction(e -> model.keepJob());
        HBox buttons = new HBox(8, confirm, keep);
        VBox form = new VBox(8, ask, reason, tell, error, buttons);
        form.getStyleClass().add("appt-cancel-form");
        Ui.id(form, "cancelForm");
        Ui.bindShown(form, model.cancelOpenProperty());
        model.cancelOpenProperty().addListener((obs, was, open) -> {
            if (open) {
                reason.requestFocus();
            }
        });
        return form;
    }

    private HBox field(Ikon icon, String id, Function<AppointmentDetails, String> value, String tip) {
        Label text = Ui.id(Ui.label("", "appt-field"), id);
        text.textProperty().bind(text(value));
        text.setWrapText(true);
        HBox row = new HBox(8, Icons.of(icon, "appt-field-icon"), text);
        row.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        Tooltip.install(row, new Tooltip(tip));
        Ui.bindShown(row, text.textProperty().isNotEmpty());
        return row;
    }

    private javafx.beans.binding.StringBinding text(Function<AppointmentDetails, String> value) {
        return Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? ""
                : value.apply(model.selectedProperty().get()), model.selectedProperty());
    }
}
