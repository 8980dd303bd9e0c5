package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.BookingSettings;
import com.ringbook.domain.JobType;
import java.nio.file.Path;
import java.time.Duration;
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

/** The Booking card of Settings: a schedule the slot finder cannot use is explained and not saved; a good one is. */
@ExtendWith(ApplicationExtension.class)
class BookingSettingsScreenTest {
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
    void aJobLongerThanAnyWorkingDayIsExplainedThenAGoodScheduleSaves(FxRobot robot) throws Exception {
        robot.clickOn("#navSettings");
        Button save = robot.lookup("#saveSettings").queryButton();
        await("settings loaded", () -> !save.isDisabled());
        TextArea jobTypes = robot.lookup("#setting-schedule-job-types").queryAs(TextArea.class);
        TextField crews = robot.lookup("#setting-schedule-crews").queryAs(TextField.class);
        assertThat(jobTypes.getText()).contains("Drain cleaning | 90 | 300");
        assertThat(crews.getText()).isEqualTo("1");

        robot.interact(() -> jobTypes.setText("Remodel | 600 | 9000"));
        robot.interact(() -> crews.setText("none"));
        robot.clickOn(save);
        Label jobProblem = robot.lookup("#problem-schedule-job-types").queryAs(Label.class);
        Label crewProblem = robot.lookup("#problem-schedule-crews").queryAs(Label.class);
        await("problems shown", () -> jobProblem.isVisible() && crewProblem.isVisible());
        assertThat(crewProblem.getText()).contains("whole number of crews");
        assertThat(jobProblem.getText()).isEqualTo("Remodel: A 10 h job does not fit in any working day (the longest is 9 h).");
        assertThat(console.service.settings().effective().schedule().crews()).isEqualTo(1);
        assertThat(console.service.settings().stored().get().get(BookingSettings.JOB_TYPES)).doesNotContain("Remodel");

        robot.interact(() -> crews.setText("2"));
        robot.interact(() -> jobTypes.setText("Remodel | 480 | 9,000\nTune-up | 45 | 89.50"));
        robot.clickOn(save);
        await("saved", () -> robot.lookup("#settingsStatus").queryAs(Label.class).getText().equals("Saved"));
        assertThat(console.service.settings().effective().schedule().crews()).isEqualTo(2);
        assertThat(console.service.settings().effective().schedule().jobTypes()).containsExactly(
                new JobType("Remodel", Duration.ofHours(8), 900_000), new JobType("Tune-up", Duration.ofMinutes(45), 8_950));
    }
}
