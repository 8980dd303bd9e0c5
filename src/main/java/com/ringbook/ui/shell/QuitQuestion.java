package com.ringbook.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * Asked when the window is closed and no tray can keep Ringbook running: quitting stops the texting
 * back, which a front desk should not do by accident.
 */
final class QuitQuestion {
    private QuitQuestion() {
    }

    static void ask(Stage owner, Runnable quit) {
        ButtonType quitButton = new ButtonType("Quit Ringbook", ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType("Keep it open", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert question = new Alert(Alert.AlertType.CONFIRMATION,
                "While Ringbook is closed, missed calls get no text-back. Texts already waiting go out when it "
                        + "opens again.", quitButton, stay);
        question.initOwner(owner);
        question.setTitle("Quit Ringbook?");
        question.setHeaderText("Quit Ringbook?");
        question.getDialogPane().setId("quitQuestion");
        ((Button) question.getDialogPane().lookupButton(quitButton)).setId("quitConfirm");
        ((Button) question.getDialogPane().lookupButton(stay)).setId("quitCancel");
        ((Button) question.getDialogPane().lookupButton(stay)).setDefaultButton(true);
        ((Button) question.getDialogPane().lookupButton(quitButton)).setDefaultButton(false);
        question.setOnHidden(e -> {
            if (question.getResult() == quitButton) {
                quit.run();
            }
        });
        question.show();
    }
}
