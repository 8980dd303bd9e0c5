package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.app.Ringbook;
import com.ringbook.domain.Settings;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {
    @TempDir
    Path dataDir;
    private ConsoleUnderTest console;

    @Start
    void start(Stage stage) {
        console = new ConsoleUnderTest(dataDir, Map.of(), stage);
    }

    @AfterEach
    void close() throws Exception {
        console.close();
    }

    @Test
    void badValuesAreExplainedAndNothingIsSavedThenAGoodValueSaves(FxRobot robot) throws Exception {
        robot.clickOn("#navSettings");
        Button save = robot.lookup("#saveSettings").queryButton();
        await("settings loaded", () -> !save.isDisabled());
        TextField name = robot.lookup("#setting-business-name").queryAs(TextField.class);
        TextArea template = robot.lookup("#setting-template-business-hours").queryAs(TextArea.class);
        assertThat(name.getText()).isEqualTo("Harbor Plumbing");

        // An empty name and an unknown placeholder.
        robot.interact(name::clear);
        robot.clickOn(template);
        robot.interact(template::end);
        robot.write(" See you soon {nme}!");
        robot.clickOn(save);
        await("problems shown", () -> robot.lookup("#problem-business-name").queryAs(Label.class).isVisible()
                && robot.lookup("#problem-template-business-hours").queryAs(Label.class).isVisible()
                && robot.lookup("#settingsStatus").queryAs(Label.class).getText().startsWith("Nothing"));
        assertThat(robot.lookup("#problem-business-name").queryAs(Label.class).getText())
                .contains("business name");
        Label templateProblem = robot.lookup("#problem-template-business-hours").queryAs(Label.class);
        assertThat(templateProblem.isVisible()).isTrue();
        assertThat(templateProblem.getText()).contains("{nme}");
        assertThat(robot.lookup("#settingsStatus").queryAs(Label.class).getText()).startsWith("Nothing was saved");
        // What the user typed is still there, and nothing reached the database.
        assertThat(template.getText()).endsWith("See you soon {nme}!");
        assertThat(console.service.settings().stored().get().get(Settings.BUSINESS_NAME)).isEqualTo("Harbor Plumbing");
        assertThat(console.service.settings().stored().get().get(Settings.TEMPLATE_OPEN)).doesNotContain("{nme}");
        assertThat(console.stage.getTitle()).isEqualTo("Ringbook — Harbor Plumbing");

        // Fix both: the problems go as the fields are edited, and the save goes through.
        robot.clickOn(name).write("Bayside Heating & Air");
        assertThat(robot.lookup("#problem-business-name").queryAs(Label.class).isVisible()).isFalse();
        robot.interact(() -> template.setText(template.getText().replace("{nme}", "{first_name}")));
        Label preview = robot.lookup("#preview-template-business-hours").queryAs(Label.class);
        assertThat(preview.getText()).contains("Bayside Heating & Air").contains("See you soon there!");
        robot.clickOn(save);
        await("saved", () -> robot.lookup("#settingsStatus").queryAs(Label.class).getText().equals("Saved"));
        await("title follows the new name", () -> console.stage.getTitle().equals("Ringbook — Bayside Heating & Air"));
        assertThat(console.service.settings().stored().get().get(Settings.BUSINESS_NAME)).isEqualTo("Bayside Heating & Air");
        assertThat(console.service.settings().stored().get().get(Settings.TEMPLATE_OPEN)).endsWith("See you soon {first_name}!");
    }

    @Test
    void openDaysAreToggles(FxRobot robot) throws Exception {
        robot.clickOn("#navSettings");
        Button save = robot.lookup("#saveSettings").queryButton();
        await("settings loaded", () -> !save.isDisabled());
        robot.clickOn("#day-SAT");
        robot.clickOn("#day-MON");
        robot.clickOn(save);
        await("saved", () -> robot.lookup("#settingsStatus").queryAs(Label.class).getText().equals("Saved"));
        assertThat(console.service.settings().stored().get().get(Settings.DAYS)).isEqualTo("TUE,WED,THU,FRI,SAT");
    }
}
