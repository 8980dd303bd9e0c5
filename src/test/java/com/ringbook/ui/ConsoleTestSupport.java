package com.ringbook.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Small helpers shared by the console's TestFX tests: waiting for what a user would see. */
final class ConsoleTestSupport {
    private ConsoleTestSupport() {
    }

    static void await(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for: " + what, e);
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
