package com.ringbook.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the console in one list, grouped by the screen where it works: the cheat sheet (F1) shows
 * this list, and a test checks that every shortcut the window answers to is in it. Adding a shortcut is one line here
 * beside the code that handles it. Keys are written as {@link KeyCombination#valueOf} reads them ("Shortcut+O": Ctrl
 * on Windows and Linux, Cmd on a Mac) and shown as the platform writes them; keys a screen reads itself (Enter, arrows,
 * letters in the calendar) are written as shown.
 */
public final class Shortcuts {
    public static final String EVERYWHERE = "Everywhere";
    public static final String INBOX = "Inbox";
    public static final String CONVERSATION = "Conversation";
    public static final String APPOINTMENTS = "Appointments";
    public static final String SETTINGS = "Settings";

    /** One line of the cheat sheet; {@code combinations} are the accelerators it stands for (none for plain keys). */
    public record Shortcut(String screen, String keys, String does, List<KeyCombination> combinations) {
    }

    private static final List<Shortcut> ALL = List.of(
            range(EVERYWHERE, "Shortcut+", 1, 9, "Go to the screen at that place in the left rail (Inbox is 1); again on the inbox returns to the list"),
            key(EVERYWHERE, "F1", "Show or close this list of shortcuts"),
            key(EVERYWHERE, "Shortcut+F", "Search the inbox (name, number or message)"),
            plain(INBOX, "Up / Down", "Move through the conversations"),
            plain(CONVERSATION, "Enter / Shift+Enter", "Send the reply / a new line in the reply"),
            key(CONVERSATION, "Shortcut+R", "Put a saved reply in the reply box (type to narrow, Enter puts it in, Esc closes)"),
            key(CONVERSATION, "Shortcut+Shift+Q", "Start qualifying the open conversation"),
            key(CONVERSATION, "Shortcut+Shift+L", "Mark the open conversation lost: 1 to 5 picks why, Enter confirms, Esc cancels"),
            key(CONVERSATION, "Shortcut+Shift+R", "Reopen a lost conversation (a booked one: start a new one with the customer)"),
            range(CONVERSATION, "Alt+", 1, 9, "Send qualifying question 1 to 9"),
            key(CONVERSATION, "Shortcut+L", "Go to the lead card (Enter or leaving a field saves it)"),
            key(CONVERSATION, "Shortcut+O", "Offer two free slots (the drafted text is ready to edit; Enter sends it)"),
            key(CONVERSATION, "Shortcut+B", "Book the customer's pick: 1 or 2 picks the slot, Enter books"),
            key(CONVERSATION, "Shortcut+M", "Move the booked job"),
            key(CONVERSATION, "Shortcut+Shift+X", "Cancel the booked job"),
            plain(CONVERSATION, "Esc", "Leave an offer, booking, move or cancel without sending anything"),
            plain(APPOINTMENTS, "T", "Today"),
            plain(APPOINTMENTS, "Left / Right, Page Up / Page Down", "The previous or next day or week"),
            plain(APPOINTMENTS, "D / W", "Show a day / a week"),
            plain(APPOINTMENTS, "Esc", "Close the selected job's panel"),
            key(SETTINGS, "Shortcut+S", "Save Settings"));

    private Shortcuts() {
    }

    /** Every shortcut, in the cheat sheet's order. */
    public static List<Shortcut> all() {
        return ALL;
    }

    /** The shortcuts by screen, screens in the order they first appear. */
    public static Map<String, List<Shortcut>> byScreen() {
        Map<String, List<Shortcut>> screens = new LinkedHashMap<>();
        ALL.forEach(s -> screens.computeIfAbsent(s.screen(), k -> new ArrayList<>()).add(s));
        return screens;
    }

    private static Shortcut key(String screen, String keys, String does) {
        KeyCombination combination = KeyCombination.valueOf(keys);
        return new Shortcut(screen, combination.getDisplayText(), does, List.of(combination));
    }

    private static Shortcut plain(String screen, String keys, String does) {
        return new Shortcut(screen, keys, does, List.of());
    }

    /** "Alt+1 … Alt+9". */
    private static Shortcut range(String screen, String prefix, int from, int to, String does) {
        List<KeyCombination> keys = IntStream.rangeClosed(from, to)
                .mapToObj(i -> KeyCombination.valueOf(prefix + i)).toList();
        return new Shortcut(screen, keys.get(0).getDisplayText() + " … " + keys.get(keys.size() - 1).getDisplayText(),
                does, keys);
    }
}
