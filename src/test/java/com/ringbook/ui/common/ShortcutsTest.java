package com.ringbook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** The one list of shortcuts the cheat sheet shows. */
class ShortcutsTest {

    @Test
    void groupedByScreenEverywhereFirst() {
        assertThat(Shortcuts.byScreen().keySet()).containsExactly(Shortcuts.EVERYWHERE, Shortcuts.INBOX,
                Shortcuts.CONVERSATION, Shortcuts.APPOINTMENTS, Shortcuts.SETTINGS);
        assertThat(Shortcuts.all()).allSatisfy(s -> {
            assertThat(s.keys()).isNotBlank();
            assertThat(s.does()).isNotBlank();
        });
    }

    @Test
    void noKeyIsListedTwice() {
        List<KeyCombination> keys = Shortcuts.all().stream().flatMap(s -> s.combinations().stream()).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(keys).hasSizeGreaterThan(20);
    }

    @Test
    void keysAreShownAsThePlatformWritesThem() {
        Shortcuts.Shortcut offer = Shortcuts.all().stream().filter(s -> s.does().startsWith("Offer two free slots"))
                .findFirst().orElseThrow();
        assertThat(offer.keys()).isEqualTo(KeyCombination.valueOf("Shortcut+O").getDisplayText());
        Shortcuts.Shortcut questions = Shortcuts.all().stream()
                .filter(s -> Objects.equals(s.does(), "Send qualifying question 1 to 9")).findFirst().orElseThrow();
        assertThat(questions.combinations()).hasSize(9);
        assertThat(questions.keys()).contains(" … ");
    }
}
