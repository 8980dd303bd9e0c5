package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.app.Ringbook;
import com.ringbook.domain.Settings;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A setting the environment overrides is shown read-only with where it came from, and never saved. */
@ExtendWith(ApplicationExtension.class)
class SettingsOverrideTest {
    @TempDir
    Path dataDir;
    private ConsoleUnderTest console;

    @Start
    void start(Stage stage) {
        console = new ConsoleUnderTest(dataDir, Map.of("RINGBOOK_BUSINESS_NAME", "Northside Electric"), stage);
    }

    @AfterEach
    void close() throws Exception {
        console.close();
    }

    @Test
    void overriddenFieldIsReadOnlyAndNotSaved(FxRobot robot) throws Exception {
        await("title from the environment", () -> console.stage.getTitle().equals("Ringbook — Northside Electric"));
        robot.clickOn("#navSettings");
        Button save = robot.lookup("#saveSettings").queryButton();
        await("settings loaded", () -> !save.isDisabled());
        TextField name = robot.lookup("#setting-business-name").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("Northside Electric");
        assertThat(name.isEditable()).isFalse();
        assertThat(robot.lookup("#override-business-name").queryAs(Label.class).getText())
                .isEqualTo("Set by RINGBOOK_BUSINESS_NAME for this run.");
        Label preview = robot.lookup("#preview-template-business-hours").queryAs(Label.class);
        assertThat(preview.getText()).contains("Northside Electric");

        TextField window = robot.lookup("#setting-textback-window-hours").queryAs(TextField.class);
        robot.interact(window::requestFocus); // as tabbing to it would; the form scrolls it into view
        await("the field in view", () -> window.localToScene(window.getBoundsInLocal()).getMaxY()
                < console.stage.getScene().getHeight() - 60);
        robot.clickOn(window).eraseText(2).write("48");
        robot.clickOn(save);
        await("saved", () -> robot.lookup("#settingsStatus").queryAs(Label.class).getText().equals("Saved"));
        assertThat(console.service.settings().stored().get().get(Settings.WINDOW_HOURS)).isEqualTo("48");
        assertThat(console.service.settings().stored().get().get(Settings.BUSINESS_NAME)).isEqualTo("Harbor Plumbing");
        assertThat(console.stage.getTitle()).isEqualTo("Ringbook — Northside Electric");
    }
}
