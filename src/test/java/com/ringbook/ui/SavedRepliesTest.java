package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static com.ringbook.ui.ConsoleTestSupport.filledCells;
import static com.ringbook.ui.ConsoleTestSupport.shortcut;
import static com.ringbook.ui.ConsoleTestSupport.texts;
import static com.ringbook.ui.ConsoleTestSupport.textsOnPhone;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.CannedReplies;
import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Saved replies as the front desk uses them: written in Settings, dropped into a reply with Ctrl+R, sent by hand. */
@ExtendWith(ApplicationExtension.class)
class SavedRepliesTest {
    private static final String CALLER = "(206) 555-0151";
    @TempDir
    Path dataDir;
    private ConsoleUnderTest console;
    private Simulation simulation;

    @Start
    void start(Stage stage) {
        console = new ConsoleUnderTest(dataDir, Map.of(), stage);
        simulation = console.service.simulation().orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        console.close();
    }

    private void openTheCallersThread(FxRobot robot) {
        robot.clickOn("#navInbox");
        await("the thread in the inbox", () -> filledCells(robot, "thread-cell").size() == 1);
        robot.clickOn(ConsoleTestSupport.awaitFilledCell(robot, "thread-cell"));
        await("the thread open", () -> robot.lookup("#threadView").query().isVisible()
                && !texts(robot, "bubble-body").isEmpty());
    }

    @Test
    void aReplyWrittenInSettingsGoesInTheReplyBoxFilledInAndOnlyStaffSendsIt(FxRobot robot) {
        simulation.ringAndMiss(CALLER).join();

        // Settings: a reply with a typo is refused with the reply named, then fixed and saved.
        robot.clickOn("#navSettings");
        Button save = robot.lookup("#saveSettings").queryButton();
        await("settings loaded", () -> !save.isDisabled());
        TextArea replies = robot.lookup("#setting-replies-canned").queryAs(TextArea.class);
        assertThat(replies.getText()).isEqualTo(CannedReplies.DEFAULT);
        robot.interact(() -> {
            replies.requestFocus();
            replies.end();
        });
        robot.write("\nWe'll be there tomorrow 9-11, {frist_name}.");
        robot.clickOn(save);
        Label problem = robot.lookup("#problem-replies-canned").queryAs(Label.class);
        await("the bad reply named", problem::isVisible);
        assertThat(problem.getText()).startsWith("Reply 5: Unknown placeholder {frist_name}");
        robot.interact(() -> replies.setText(replies.getText().replace("{frist_name}", "{first_name}")));
        robot.clickOn(save);
        await("saved", () -> robot.lookup("#settingsStatus").queryAs(Label.class).getText().equals("Saved"));

        // In the conversation: Ctrl+R, narrow by typing, Enter puts it at the caret.
        openTheCallersThread(robot);
        TextArea composer = robot.lookup("#composer").queryAs(TextArea.class);
        robot.clickOn(composer).write("Good news! ");
        shortcut(robot, KeyCode.CONTROL, KeyCode.R);
        await("the picker, cursor in its search", () -> robot.lookup("#savedReplies").query().isVisible()
                && robot.lookup("#savedReplyFilter").query().isFocused());
        ListView<?> list = robot.lookup("#savedReplyList").queryListView();
        assertThat(list.getItems()).hasSize(5);
        robot.write("tomorrow");
        await("one match", () -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0)).isEqualTo("We'll be there tomorrow 9-11, there.");
        robot.type(KeyCode.ENTER);
        await("in the reply box, picker closed, cursor back", () -> composer.getText()
                .equals("Good news! We'll be there tomorrow 9-11, there.")
                && !robot.lookup("#savedReplies").query().isVisible() && composer.isFocused());

        // Nothing went out: the phone holds only the text-back. Esc closes the picker and changes nothing.
        assertThat(textsOnPhone(simulation, CALLER)).hasSize(1);
        robot.clickOn("#savedRepliesButton");
        await("the picker again", () -> robot.lookup("#savedReplies").query().isVisible());
        robot.type(KeyCode.ESCAPE);
        await("closed", () -> !robot.lookup("#savedReplies").query().isVisible() && composer.isFocused());
        assertThat(composer.getText()).isEqualTo("Good news! We'll be there tomorrow 9-11, there.");
        assertThat(textsOnPhone(simulation, CALLER)).hasSize(1);

        // Staff sends it.
        robot.type(KeyCode.ENTER);
        await("on the customer's phone", () -> textsOnPhone(simulation, CALLER)
                .equals(List.of(textsOnPhone(simulation, CALLER).get(0), "Good news! We'll be there tomorrow 9-11, there.")));
    }
}
