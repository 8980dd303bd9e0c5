package com.ringbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.engine.api.Simulation;
import com.ringbook.store.postgres.PostgresServer;
import com.ringbook.store.postgres.PostgresServerExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two real console windows, each its own Ringbook with its own data dir and desk name, on one shared PostgreSQL:
 * what staff do on one desk shows on the other within a second or two, and a reply typed on the standby leaves once.
 * Every look-up is scoped to one window (both windows have the same ids), and a window is brought to the front
 * before it is clicked, as a person would.
 */
@ExtendWith({PostgresServerExtension.class, ApplicationExtension.class})
class TwoDesksConsoleTest {
    private static final String CALLER = "(206) 555-0163";
    private static final String SHOWN = "+1 206-555-0163";
    /**
     * A second or so on a quiet machine; the limit leaves room for a loaded CI machine running the whole suite (the
     * feed's own delivery within 1 s is PgChangeFeedTest's and PgStoreAnnouncesChangesTest's to hold).
     */
    private static final Duration LIVE = Duration.ofSeconds(5);

    @TempDir
    Path frontDir;
    @TempDir
    Path backDir;
    private Stage frontStage;
    private ConsoleUnderTest front;
    private ConsoleUnderTest back;

    @Start
    void start(Stage stage) {
        frontStage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (back != null) {
            back.close();
        }
        if (front != null) {
            front.close();
        }
    }

    @Test
    void whatOneDeskDoesTheOtherSeesLiveAndAReplyFromTheStandbyLeavesOnce(FxRobot robot, PostgresServer.Database db) {
        String url = db.url() + "?user=" + db.user();
        robot.interact(() -> front = new ConsoleUnderTest(frontDir, desk(url, "Front desk"), frontStage));
        within("the front desk holding the engine", Duration.ofSeconds(10), () -> front.ringbook.engine().engineHolder()
                .map(h -> h.thisDesk()).orElse(false));
        robot.interact(() -> back = new ConsoleUnderTest(backDir, desk(url, "Back office"), new Stage()));
        within("the back office a standby", Duration.ofSeconds(10), () -> back.ringbook.engine().engineHolder()
                .map(h -> !h.thisDesk() && h.desk().equals("Front desk")).orElse(false));

        // (4) Each status bar names the desk that runs the engine.
        within("both status bars naming the engine's desk", Duration.ofSeconds(5),
                () -> "Engine: Front desk (this desk)".equals(label(front, "#statusEngine").getText())
                        && "Engine: Front desk (another desk)".equals(label(back, "#statusEngine").getText()));

        click(robot, front, "#navInbox");
        click(robot, back, "#navInbox");

        // (1) A missed call on the engine's desk shows in both inboxes.
        Simulation phone = front.service.simulation().orElseThrow();
        // The lock is taken a moment before the engine's carrier listens: the simulator says so until it does.
        within("the engine's desk taking the call", Duration.ofSeconds(10), () -> {
            try {
                phone.ringAndMissDecided(CALLER).join();
                return true;
            } catch (java.util.concurrent.CompletionException notYet) {
                if (notYet.getCause() instanceof IllegalStateException) {
                    return false;
                }
                throw notYet;
            }
        });
        within("the caller's row in the front desk's inbox", LIVE, () -> row(front, SHOWN).isPresent());
        within("the caller's row in the back office's inbox", LIVE, () -> row(back, SHOWN).isPresent());
        within("the text-back on the caller's phone", Duration.ofSeconds(10),
                () -> ConsoleTestSupport.textsOnPhone(phone, CALLER).size() == 1);

        // Both desks open the thread.
        openThread(robot, front);
        openThread(robot, back);

        // (2) Staff on the standby answer with Enter; the front desk's open thread and inbox show it live.
        String answer = "We can be there at 3pm today.";
        click(robot, back, "#composer");
        robot.write(answer);
        // The keys went to the standby's window, not the one behind it: it is the back office that replies.
        assertThat(((TextArea) find(back, "#composer").orElseThrow()).getText()).isEqualTo(answer);
        assertThat(((TextArea) find(front, "#composer").orElseThrow()).getText()).isEmpty();
        robot.type(KeyCode.ENTER);
        within("the back office's composer cleared", LIVE,
                () -> ((TextArea) find(back, "#composer").orElseThrow()).getText().isEmpty());
        within("the reply in the back office's thread", LIVE, () -> bubble(back, answer).isPresent());
        within("the reply in the front desk's open thread", LIVE, () -> bubble(front, answer).isPresent());
        within("the front desk's row showing the reply, now qualifying", LIVE, () -> row(front, SHOWN)
                .map(r -> answer.equals(text(r, ".thread-preview")) && "Qualifying".equals(text(r, ".stage-chip")))
                .orElse(false));
        within("the reply on the caller's phone", Duration.ofSeconds(10),
                () -> ConsoleTestSupport.textsOnPhone(phone, CALLER).contains(answer));
        org.awaitility.Awaitility.await("the reply sent once").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> ConsoleTestSupport.textsOnPhone(phone, CALLER).stream().filter(answer::equals).count() == 1);
        assertThat(ConsoleTestSupport.textsOnPhone(back.service.simulation().orElseThrow(), CALLER))
                .as("nothing sent from the standby's own carrier").isEmpty();

        // (3) The standby marks the thread lost, with a reason; the front desk's row and open thread follow.
        click(robot, back, "#stageAction-LOST");
        within("the back office asked why", LIVE, () -> find(back, "#lostDialog").map(Node::isVisible).orElse(false));
        assertThat(find(front, "#lostDialog").map(Node::isVisible).orElse(false)).as("asked on the front desk").isFalse();
        click(robot, back, "#lostReason-WENT_ELSEWHERE");
        click(robot, back, "#lostConfirm");
        within("lost on the back office", LIVE, () -> "Lost".equals(label(back, "#stageChip").getText()));
        within("the front desk's row lost, saying why", LIVE, () -> row(front, SHOWN)
                .map(r -> "Lost · Went elsewhere".equals(text(r, ".stage-chip"))).orElse(false));
        within("the front desk's open thread lost", LIVE, () -> "Lost".equals(label(front, "#stageChip").getText()));

        assertThat(label(back, "#statusEngine").getText()).isEqualTo("Engine: Front desk (another desk)");
    }

    private static Map<String, String> desk(String url, String name) {
        return Map.of("RINGBOOK_DATABASE_URL", url, "RINGBOOK_DESK_NAME", name);
    }

    /** Waits (up to {@code limit}) for what a user would see, letting the FX thread run between looks. */
    private static void within(String what, Duration limit, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out (" + limit.toMillis() + " ms) waiting for: " + what, e);
        }
    }

    private static Parent root(ConsoleUnderTest desk) {
        return desk.stage.getScene().getRoot();
    }

    private static Optional<Node> find(ConsoleUnderTest desk, String query) {
        return Optional.ofNullable(root(desk).lookup(query));
    }

    private static Label label(ConsoleUnderTest desk, String query) {
        return (Label) find(desk, query).orElseThrow(() -> new AssertionError("no " + query));
    }

    private static String text(Node within, String query) {
        return within.lookup(query) instanceof Label l ? l.getText() : null;
    }

    /** Brings the desk's window to the front and clicks the node there. */
    private static void click(FxRobot robot, ConsoleUnderTest desk, String query) {
        robot.interact(desk.stage::toFront);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(find(desk, query).orElseThrow(() -> new AssertionError("no " + query)));
    }

    /** The inbox row of this desk showing {@code name}. */
    private static Optional<ListCell<?>> row(ConsoleUnderTest desk, String name) {
        return root(desk).lookupAll(".thread-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && !c.isEmpty() && c.getItem() != null && c.isVisible())
                .<ListCell<?>>map(n -> (ListCell<?>) n)
                .filter(c -> name.equals(text(c, ".thread-name")))
                .findFirst();
    }

    /** The message bubble on this desk's open thread whose body reads {@code body}. */
    private static Optional<Node> bubble(ConsoleUnderTest desk, String body) {
        return root(desk).lookupAll(".bubble").stream()
                .filter(Node::isVisible)
                .filter(b -> b.lookupAll(".bubble-body").stream().anyMatch(n -> n instanceof Label l && body.equals(l.getText())))
                .filter(b -> shownInCell(b))
                .findFirst();
    }

    private static boolean shownInCell(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ListCell<?> cell) {
                return !cell.isEmpty() && cell.getGraphic() != null;
            }
        }
        return true;
    }

    /** Clicks the caller's row on this desk until its thread is open (the list may re-sort under the click). */
    private static void openThread(FxRobot robot, ConsoleUnderTest desk) {
        for (int attempt = 1; ; attempt++) {
            robot.interact(desk.stage::toFront);
            within("the caller's row", LIVE, () -> row(desk, SHOWN).isPresent());
            robot.clickOn(row(desk, SHOWN).orElseThrow());
            try {
                within("the caller's thread open", LIVE, () -> SHOWN.equals(label(desk, "#contactPhone").getText()));
                return;
            } catch (AssertionError missed) {
                if (attempt == 3) {
                    throw missed;
                }
            }
        }
    }
}
