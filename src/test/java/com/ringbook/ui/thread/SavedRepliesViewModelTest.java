package com.ringbook.ui.thread;

import static com.ringbook.ui.common.FakeConversations.summary;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.CannedReplies;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.FakeChangeEvents;
import com.ringbook.ui.common.FakeConversations;
import com.ringbook.ui.common.SameThreadUi;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The saved-reply picker without the toolkit: filled in for the open customer, narrowed as typed, never sending. */
class SavedRepliesViewModelTest {
    private static final Instant T0 = Instant.parse("2026-03-03T17:00:00Z");

    private final FakeChangeEvents feed = new FakeChangeEvents();
    private final FakeConversations conversations = new FakeConversations(feed);
    private final SameThreadUi ui = new SameThreadUi();
    private final Map<String, String> stored = new HashMap<>(Map.of(Settings.BUSINESS_NAME, "Bayside Heating",
            CannedReplies.KEY, "Thanks {first_name}, we're on it.\nCould you send a photo?\nSee you soon from {business}!"));
    private final BusinessContext business = new BusinessContext(() -> Settings.fromMap(stored));
    private final ThreadViewModel thread = new ThreadViewModel(conversations,
            new EngineEvents(feed, Duration.ZERO, ui), business, ui);
    private final SavedRepliesViewModel saved = thread.savedReplies();

    @BeforeEach
    void twoCustomers() {
        business.reload();
        conversations.add(summary(1, "Dana Ruiz", "+12065550142", Stage.QUALIFYING, T0));
        conversations.add(summary(2, null, "+12065550117", Stage.NEW, T0));
    }

    @Test
    void opensOnEveryReplyFilledInForTheOpenCustomer() {
        thread.open(1);
        saved.open();

        assertThat(saved.openProperty().get()).isTrue();
        assertThat(saved.shown()).containsExactly("Thanks Dana, we're on it.", "Could you send a photo?",
                "See you soon from Bayside Heating!");

        saved.close();
        thread.open(2);
        saved.open();
        assertThat(saved.shown().get(0)).as("no name known").isEqualTo("Thanks there, we're on it.");
    }

    @Test
    void typingNarrowsByEveryWordInAnyOrder() {
        thread.open(1);
        saved.open();

        saved.filterProperty().set("PHOTO send");
        assertThat(saved.shown()).containsExactly("Could you send a photo?");

        saved.filterProperty().set("invoice");
        assertThat(saved.shown()).isEmpty();
        assertThat(saved.emptyText()).isEqualTo("No saved reply matches.");
    }

    @Test
    void pickingHandsTheTextOverClosesAndSendsNothing() {
        thread.open(1);
        saved.open();
        saved.filterProperty().set("soon");

        assertThat(saved.pick(0)).contains("See you soon from Bayside Heating!");
        assertThat(saved.openProperty().get()).isFalse();
        assertThat(conversations.replies()).isEmpty();
        assertThat(saved.pick(0)).as("closed").isEmpty();

        saved.open();
        assertThat(saved.filterProperty().get()).as("a fresh start each time").isEmpty();
        assertThat(saved.pick(7)).isEmpty();
    }

    @Test
    void followsSettingsAndClosesWhenAnotherConversationOpens() {
        thread.open(1);
        stored.put(CannedReplies.KEY, "");
        business.reload();
        saved.open();
        assertThat(saved.shown()).isEmpty();
        assertThat(saved.emptyText()).isEqualTo("No saved replies yet. Add them in Settings.");

        thread.open(2);
        assertThat(saved.openProperty().get()).isFalse();
    }
}
