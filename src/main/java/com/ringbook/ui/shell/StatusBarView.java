package com.ringbook.ui.shell;

import com.ringbook.engine.api.StatusSnapshot;
import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The bottom bar: carrier health, engine state, outbox, today's speed to text, a pause, and who is waiting. */
final class StatusBarView extends HBox {
    private static final PseudoClass HAS_WAITING = PseudoClass.getPseudoClass("waiting");

    StatusBarView(StatusBarViewModel model) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);

        Region dot = Ui.styled(new Region(), "health-dot");
        Label carrier = Ui.id(Ui.label("", "status-item"), "statusCarrier");
        carrier.setGraphic(dot);
        carrier.textProperty().bind(model.carrierProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.carrierDetailProperty());
        carrier.setTooltip(tip);
        model.healthProperty().addListener((obs, was, now) -> paint(dot, now));
        paint(dot, model.healthProperty().get());

        Label engine = item("statusEngine", model.engineProperty().get());
        engine.setGraphic(Icons.of(MaterialDesignE.ENGINE_OUTLINE, "status-icon"));
        engine.textProperty().bind(model.engineProperty());
        Label outbox = item("statusOutbox", "");
        outbox.setGraphic(Icons.of(MaterialDesignI.INBOX_ARROW_UP_OUTLINE, "status-icon"));
        outbox.textProperty().bind(model.outboxProperty());
        Label median = item("statusMedian", "");
        median.setGraphic(Icons.of(MaterialDesignT.TIMER_OUTLINE, "status-icon"));
        median.textProperty().bind(model.medianProperty());
        Label waiting = item("statusWaiting", "");
        waiting.setGraphic(Icons.of(MaterialDesignC.CLOCK_OUTLINE, "status-icon"));
        waiting.textProperty().bind(model.waitingProperty());
        waiting.getStyleClass().add("status-waiting");
        model.someoneWaitingProperty().addListener((obs, was, now) -> waiting.pseudoClassStateChanged(HAS_WAITING, now));

        Label problem = item("statusProblem", "");
        problem.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE, "status-icon"));
        problem.getStyleClass().add("status-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.setMinWidth(0);
        Tooltip why = new Tooltip();
        why.textProperty().bind(model.problemProperty());
        problem.setTooltip(why);
        Ui.bindShown(problem, model.problemProperty().isNotEmpty());

        HBox paused = pausedNotice(model);

        getChildren().addAll(carrier, sep(), engine, sep(), outbox, sep(), median, paused, problem, Ui.spacer(), waiting);
    }

    /** Shown only while texting is paused: says so plainly, with Resume beside it. */
    private static HBox pausedNotice(StatusBarViewModel model) {
        Label said = item("statusPaused", "Texting paused: texts wait in the outbox");
        said.setGraphic(Icons.of(MaterialDesignP.PAUSE_CIRCLE_OUTLINE, "status-icon"));
        said.getStyleClass().add("status-paused");
        Tooltip why = new Tooltip();
        why.textProperty().bind(model.resumeProblemProperty());
        Button resume = Ui.id(new Button("Resume texting"), "statusResume");
        resume.getStyleClass().add("status-resume");
        resume.setOnAction(e -> model.resumeTexting());
        resume.setTooltip(why);
        HBox paused = new HBox(6, said, resume);
        paused.setAlignment(Pos.CENTER_LEFT);
        paused.getStyleClass().add("status-paused-box");
        Ui.bindShown(paused, model.textingPausedProperty());
        return paused;
    }

    private static Label item(String id, String text) {
        return Ui.id(Ui.label(text, "status-item"), id);
    }

    private static Separator sep() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.getStyleClass().add("status-separator");
        return s;
    }

    private static void paint(Region dot, StatusSnapshot.Health health) {
        dot.getStyleClass().removeIf(c -> c.startsWith("health-") && !c.equals("health-dot"));
        dot.getStyleClass().add("health-" + health.name().toLowerCase(Locale.ROOT));
    }
}
