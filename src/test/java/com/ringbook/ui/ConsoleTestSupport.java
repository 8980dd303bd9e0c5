package com.ringbook.ui;

import com.ringbook.engine.api.Simulation;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Small helpers shared by the console's TestFX tests: waiting for what a user would see. */
final class ConsoleTestSupport {
    private ConsoleTestSupport() {
    }

    static void await(String what, Callable<Boolean> condition) {
        AtomicReference<RuntimeException> lastRace = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                try {
                    return condition.call();
                } catch (IndexOutOfBoundsException | ConcurrentModificationException race) {
                    // The condition read the scene graph from the test's thread while the FX thread was changing it
                    // (Parent.lookupAll over children being replaced): not an answer, so look again.
                    lastRace.set(race);
                    return false;
                }
            });
        } catch (TimeoutException e) {
            AssertionError timedOut = new AssertionError("Timed out waiting for: " + what, e);
            if (lastRace.get() != null) {
                timedOut.addSuppressed(lastRace.get());
            }
            throw timedOut;
        }
    }

    /** The texts of all visible labels with this style class, in scene order. */
    static List<String> texts(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAllAs(Label.class).stream()
                .filter(Node::isVisible)
                .filter(l -> isInShownCell(l))
                .map(Label::getText)
                .toList();
    }

    /** The bubble (message) whose body is exactly {@code body}, if it is on screen. */
    static Optional<Node> bubble(FxRobot robot, String body) {
        return robot.lookup(".bubble").queryAll().stream()
                .filter(b -> isInShownCell(b))
                .filter(b -> b.lookupAll(".bubble-body").stream()
                        .anyMatch(n -> n instanceof Label l && body.equals(l.getText())))
                .findFirst();
    }

    static String bubbleStatus(Node bubble) {
        return ((Label) bubble.lookup(".bubble-status")).getText();
    }

    /** Rows of a list that show an item (ListView keeps spare, empty cells around). */
    static List<ListCell<?>> filledCells(FxRobot robot, String cellStyleClass) {
        return robot.lookup("." + cellStyleClass).queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && !c.isEmpty() && c.getItem() != null && c.isVisible())
                .<ListCell<?>>map(n -> (ListCell<?>) n)
                .toList();
    }

    /**
     * Waits for a row that shows an item and returns it, found in one look: the list may re-render
     * between a separate wait and lookup, leaving no filled row for a moment.
     */
    static ListCell<?> awaitFilledCell(FxRobot robot, String cellStyleClass) {
        AtomicReference<ListCell<?>> found = new AtomicReference<>();
        await("a row in ." + cellStyleClass, () -> {
            List<ListCell<?>> cells = filledCells(robot, cellStyleClass);
            found.set(cells.isEmpty() ? null : cells.get(0));
            return found.get() != null;
        });
        return found.get();
    }

    /** The inbox row whose name (or number, when no name is known) reads {@code name}, waited for. */
    static ListCell<?> awaitThreadRow(FxRobot robot, String name) {
        AtomicReference<ListCell<?>> found = new AtomicReference<>();
        await("the inbox row of " + name, () -> {
            found.set(filledCells(robot, "thread-cell").stream()
                    .filter(c -> c.lookup(".thread-name") instanceof Label l && name.equals(l.getText()))
                    .findFirst().orElse(null));
            return found.get() != null;
        });
        return found.get();
    }

    /**
     * Clicks the inbox row named {@code name} until its thread is open and its lead card read. The list re-sorts as
     * texts come and go, so the row found a moment ago may show another thread by the time the click lands.
     */
    static void openThread(FxRobot robot, String name) {
        for (int attempt = 1; ; attempt++) {
            robot.clickOn(awaitThreadRow(robot, name));
            try {
                await("the thread of " + name + " open", () -> name.equals(robot.lookup("#contactPhone").queryLabeled()
                        .getText()) && !robot.lookup("#leadName").query().isDisabled());
                return;
            } catch (AssertionError missed) {
                if (attempt == 3) {
                    throw missed;
                }
            }
        }
    }

    /** What the business has texted the caller's phone, oldest first, as the simulated phone shows it. */
    static List<String> textsOnPhone(Simulation simulation, String caller) {
        return simulation.phoneConversation(caller).join().stream()
                .filter(Simulation.PhoneText::fromBusiness)
                .map(Simulation.PhoneText::body)
                .toList();
    }

    /** Presses the keys together and lets them go in reverse order, as a person plays a shortcut. */
    static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        KeyCode[] reversed = new KeyCode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            reversed[i] = keys[keys.length - 1 - i];
        }
        robot.release(reversed);
    }

    private static boolean isInShownCell(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ListCell<?> cell) {
                return !cell.isEmpty() && cell.getGraphic() != null && isAncestor(cell.getGraphic(), node);
            }
        }
        return true;
    }

    private static boolean isAncestor(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
