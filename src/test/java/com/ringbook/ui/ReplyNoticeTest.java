package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.engine.api.Simulation;
import com.ringbook.ui.alerts.Notifier;
import com.ringbook.ui.alerts.PopupNotifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Desktop notices of customers' texts on the real console: the receptionist is in another program, a customer
 * writes, a notice says who and what, and a click on it brings the console forward on that conversation.
 */
@ExtendWith(ApplicationExtension.class)
class ReplyNoticeTest {
    @TempDir
    Path dataDir;
    private ConsoleUnderTest console;
    private Simulation simulation;
    private final List<Notifier.Notice> shown = new CopyOnWriteArrayList<>();
    private PopupNotifier popup;

    @Start
    void start(Stage stage) {
        popup = new PopupNotifier(List.of());
        console = new ConsoleUnderTest(dataDir, Map.of(), stage, new Notifier() {
            @Override
            public void show(Notice notice, Runnable onClick) {
                shown.add(notice);
                popup.show(notice, onClick);
            }

            @Override
            public void hide() {
                popup.hide();
            }
        });
        simulation = console.service.simulation().orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        console.close();
    }

    /** The receptionist puts the console away on the taskbar to work in another program. */
    private void switchAway(FxRobot robot) {
        robot.interact(() -> console.stage.setIconified(true));
        await("the console on the taskbar", () -> console.stage.isIconified());
    }

    private static void nothingShownFor(List<Notifier.Notice> shown, int expected) {
        Awaitility.await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(4))
                .until(() -> shown.size() == expected);
    }

    @Test
    void aReplyWhileTheConsoleIsBehindShowsWhoWroteAndAClickOpensTheirThread(FxRobot robot) {
        simulation.ringAndMiss("(206) 555-0161").join();
        await("the console in front", () -> console.stage.isFocused());
        simulation.customerTexts("(206) 555-0161", "Are you open Saturday?").join();
        nothingShownFor(shown, 0);

        switchAway(robot);
        simulation.customerTexts("(206) 555-0161",
                "Kitchen sink is leaking all over the floor, can someone come this afternoon please?").join();

        await("a notice of the reply", () -> robot.lookup("#replyNotice").tryQuery()
                .map(n -> n.isVisible() && n.getScene().getWindow().isShowing()).orElse(false));
        assertThat(robot.lookup("#noticeTitle").queryAs(Label.class).getText()).isEqualTo("+1 206-555-0161");
        assertThat(robot.lookup("#noticeText").queryAs(Label.class).getText())
                .isEqualTo("Kitchen sink is leaking all over the floor, can someone come this afternoon…");
        assertThat(shown).hasSize(1);

        robot.clickOn("#replyNotice");
        await("the console in front on that thread", () -> console.stage.isFocused() && !console.stage.isIconified()
                && "+1 206-555-0161".equals(robot.lookup("#contactPhone").queryAs(Label.class).getText()));
        await("the notice gone", () -> robot.lookup("#replyNotice").tryQuery()
                .map(n -> !n.getScene().getWindow().isShowing()).orElse(true));

        // Our own texts never make a notice: a reply from staff, and a text-back to a new caller.
        switchAway(robot);
        console.service.conversations().reply(shown.get(0).threadId(), "We can be there at 3pm.").join();
        simulation.ringAndMiss("(206) 555-0162").join();
        nothingShownFor(shown, 1);
    }

    @Test
    void aBurstOfRepliesIsOneNotice(FxRobot robot) {
        List<String> callers = List.of("(206) 555-0163", "(206) 555-0164", "(206) 555-0165");
        callers.forEach(c -> simulation.ringAndMiss(c).join());
        switchAway(robot);

        callers.forEach(c -> simulation.customerTexts(c, "Yes please").join());

        await("one notice for all three", () -> shown.size() == 1);
        assertThat(shown.get(0).title()).isEqualTo("3 new replies");
        nothingShownFor(shown, 1);
        robot.clickOn("#replyNotice");
        await("the console in front", () -> console.stage.isFocused() && !console.stage.isIconified());
    }

    @Test
    void stopHelpAndStartMakeNoNoticeAndTheRowSaysOptedOut(FxRobot robot) {
        simulation.ringAndMiss("(206) 555-0166").join();
        switchAway(robot);

        simulation.customerTexts("(206) 555-0166", "HELP").join();
        simulation.customerTexts("(206) 555-0166", "START").join();
        simulation.customerTexts("(206) 555-0166", "Stop").join();
        nothingShownFor(shown, 0);

        robot.interact(() -> console.stage.setIconified(false));
        await("the row says the caller opted out", () -> robot.lookup(".thread-row").queryAll().stream()
                .flatMap(row -> robot.from(row).lookup(".label").queryAllAs(Label.class).stream())
                .anyMatch(label -> "Opted out".equals(label.getText())));

        switchAway(robot);
        simulation.customerTexts("(206) 555-0166", "Sorry, wrong button - yes please come Tuesday").join();
        await("a notice for an ordinary text", () -> shown.size() == 1);
    }

    @Test
    void aNoticeAppearingDoesNotTakeTheKeyboardFromWhatTheReceptionistIsTyping(FxRobot robot) {
        await("the console in front", () -> console.stage.isFocused());
        robot.clickOn("#inboxSearch").write("dan");

        robot.interact(() -> popup.show(new Notifier.Notice("Dana Ruiz", "Can you come today?", 1), () -> { }));
        await("the notice shown", () -> robot.lookup("#replyNotice").tryQuery()
                .map(n -> n.getScene().getWindow().isShowing()).orElse(false));

        // A real desktop activates any Stage when it shows (Windows' ShowWindow, GTK's present); headless Monocle never
        // does, so it cannot show the theft itself. What it can show: the notice is a popup window, which JavaFX makes
        // unfocusable at the platform level, and it is not owned by the console (hidden with it when iconified).
        Window notice = robot.lookup("#replyNotice").query().getScene().getWindow();
        assertThat(notice).as("an unfocusable popup, not a stage").isInstanceOf(PopupWindow.class);
        assertThat(((PopupWindow) notice).getOwnerWindow()).isNotSameAs(console.stage);
        assertThat(console.stage.isFocused()).as("the console keeps the keyboard").isTrue();
        robot.write("a");
        await("typing goes on in the search box", () -> "dana".equals(
                robot.lookup("#inboxSearch").queryAs(javafx.scene.control.TextField.class).getText()));
        robot.interact(popup::hide);
    }
}
