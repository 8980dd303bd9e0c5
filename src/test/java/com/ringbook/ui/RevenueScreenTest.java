package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.revenue.RevenueFixture;
import com.ringbook.store.sqlite.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Revenue screen on the real console over the fixture's weeks (see RevenueFixture): tiles, ROI, the lists behind. */
@ExtendWith(ApplicationExtension.class)
class RevenueScreenTest {
    @TempDir
    Path dataDir;
    private ConsoleUnderTest console;

    @Start
    void start(Stage stage) throws Exception {
        Files.createDirectories(dataDir);
        try (SqliteStore store = new SqliteStore(dataDir.resolve("ringbook.db"), Clock.systemUTC())) {
            RevenueFixture.write(store, Instant.now());
        }
        console = new ConsoleUnderTest(dataDir, Map.of(), stage);
    }

    @AfterEach
    void close() throws Exception {
        console.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static void open(FxRobot robot) {
        robot.clickOn("#navRevenue");
        await("the week's figures", () -> "$200".equals(text(robot, "tileRecoveredRevenueValue")));
    }

    /** The funnel and the calculator sit below the chart: scrolled to as a user would. */
    private static void scrollDown(FxRobot robot) {
        robot.interact(() -> robot.lookup(".revenue-scroll").queryAs(ScrollPane.class).setVvalue(1.0));
    }

    @Test
    void theTilesShowThisWeeksFigures(FxRobot robot) {
        open(robot);
        assertThat(text(robot, "tileMissedValue")).isEqualTo("1");
        assertThat(text(robot, "tileRecoveredJobsValue")).isEqualTo("1");
        assertThat(text(robot, "tileRecoveryRateValue")).isEqualTo("100%");
        assertThat(text(robot, "tileMedianValue")).isEqualTo("1.0 s");
        assertThat(text(robot, "tileP90Value")).isEqualTo("1.0 s");
        assertThat(text(robot, "tileReplyRateValue")).isEqualTo("100%");
        // Eleven full weeks in the last twelve, $750 recovered: $750 / 11 * 52.
        assertThat(text(robot, "tileAnnualisedValue")).isEqualTo("$3,545.45");
        // This week's one recovered job (Hal) came without a nudge; last week's Bob was nudged before he booked.
        assertThat(text(robot, "tileFollowUpValue")).isEqualTo("0");
    }

    @Test
    void theRoiCalculatorStartsFromTheBusinessesWeeksAndWorksThePlaybooksExample(FxRobot robot) {
        open(robot);
        scrollDown(robot);
        // Last four full weeks: 6 missed, 2 booked for $750: 1.5 and 0.5 a week at $375.
        assertThat(robot.lookup("#roiMissed").queryAs(TextField.class).getText()).isEqualTo("1.5");
        assertThat(robot.lookup("#roiRecovered").queryAs(TextField.class).getText()).isEqualTo("0.5");
        assertThat(text(robot, "roiWeekly")).isEqualTo("$187.50");

        type(robot, "roiMissed", "8");
        type(robot, "roiRecovered", "4");
        type(robot, "roiJobValue", "400");
        assertThat(robot.lookup("#roiRate").queryAs(TextField.class).getText()).isEqualTo("50");
        assertThat(text(robot, "roiWeekly")).isEqualTo("$1,600");
        assertThat(text(robot, "roiYearly")).isEqualTo("$83,200");

        type(robot, "roiRate", "25");
        assertThat(robot.lookup("#roiRecovered").queryAs(TextField.class).getText()).isEqualTo("2");
        assertThat(text(robot, "roiWeekly")).isEqualTo("$800");
    }

    private static void type(FxRobot robot, String id, String value) {
        robot.doubleClickOn("#" + id);
        robot.interact(() -> robot.lookup("#" + id).queryAs(TextField.class).clear());
        robot.write(value);
    }

    @Test
    void aTileOpensTheJobsBehindItAndAJobOpensItsConversation(FxRobot robot) {
        open(robot);
        robot.clickOn("#tileRecoveredRevenue");
        ListView<?> list = robot.lookup("#revenueBehind").queryAs(ListView.class);
        await("the job behind the tile", () -> list.getItems().size() == 1);
        assertThat(robot.lookup("#revenueBehind .behind-who").queryAs(Label.class).getText()).isEqualTo("Hal");
        assertThat(robot.lookup("#revenueBehind .behind-detail").queryAs(Label.class).getText()).endsWith("$200");

        robot.clickOn(robot.lookup("#revenueBehind .behind-who").queryAs(Label.class));
        await("Hal's conversation in the inbox", () -> robot.lookup("#navInbox").queryAs(ToggleButton.class).isSelected()
                && "Hal".equals(robot.lookup("#contactName").queryLabeled().getText()));
    }

    @Test
    void thisWeeksBarOfMissedCallsListsItsCall(FxRobot robot) {
        open(robot);
        @SuppressWarnings("unchecked")
        BarChart<String, Number> chart = robot.lookup("#revenueCountChart").queryAs(BarChart.class);
        XYChart.Series<String, Number> missed = chart.getData().get(0);
        assertThat(missed.getName()).isEqualTo("Missed calls");
        robot.clickOn(missed.getData().get(missed.getData().size() - 1).getNode());
        ListView<?> list = robot.lookup("#revenueBehind").queryAs(ListView.class);
        await("this week's missed call", () -> list.getItems().size() == 1);
        assertThat(robot.lookup("#revenueBehind .behind-who").queryAs(Label.class).getText()).isEqualTo("Hal");
        assertThat(robot.lookup("#revenueBehindTitle").queryAs(Label.class).getText()).startsWith("Missed calls").endsWith("1 line");
    }

    @Test
    void theFunnelsMissedStepListsTheRangesCallsTheWithheldOneToo(FxRobot robot) {
        open(robot);
        scrollDown(robot);
        robot.clickOn("#funnelMISSED");
        ListView<?> list = robot.lookup("#revenueBehind").queryAs(ListView.class);
        await("the range's missed calls", () -> list.getItems().size() == 7);
        assertThat(robot.lookup("#revenueBehindTitle").queryAs(Label.class).getText()).startsWith("Missed calls").endsWith("7 lines");
    }
}
