package com.ringbook.ui.alerts;

import static com.ringbook.ui.common.FakeConversations.summary;
import static com.ringbook.ui.common.FakeConversations.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.domain.Direction;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.Stage;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.ui.common.FakeChangeEvents;
import com.ringbook.ui.common.FakeConversations;
import com.ringbook.ui.common.SameThreadUi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The notices as the engine's events drive them, without the toolkit: who wrote, what, and where a click goes. */
class ReplyNoticesTest {
    private static final Instant T0 = Instant.parse("2026-03-03T17:00:00Z");

    private final FakeChangeEvents feed = new FakeChangeEvents();
    private final FakeConversations conversations = new FakeConversations(feed);
    private final SimpleBooleanProperty inFront = new SimpleBooleanProperty(false);
    private final List<Notifier.Notice> shown = new CopyOnWriteArrayList<>();
    private final List<Long> opened = new CopyOnWriteArrayList<>();
    private final List<Runnable> clicks = new CopyOnWriteArrayList<>();
    private int hidden;
    private final ReplyNotices notices = new ReplyNotices(feed, conversations, new SameThreadUi(), new Notifier() {
        @Override
        public void show(Notice notice, Runnable onClick) {
            shown.add(notice);
            clicks.add(onClick);
        }

        @Override
        public void hide() {
            hidden++;
        }
    }, inFront::get, inFront, opened::add, Clock.systemUTC());

    @AfterEach
    void close() {
        notices.close();
    }

    private void danaTexts(String body) {
        conversations.addMessage(1, text(30 + shown.size(), 1, Direction.INBOUND, MessageKind.CUSTOMER, body, T0));
        feed.publish(new EngineEvent.ThreadChanged(1));
        feed.publish(new EngineEvent.CustomerTexted(1));
    }

    @Test
    void aReplyWhileBehindNamesTheCustomerAndItsFirstWordsAndAClickOpensIt() {
        conversations.add(summary(1, "Dana Ruiz", "+12065550142", Stage.QUALIFYING, T0), List.of(),
                List.of(text(21, 1, Direction.OUTBOUND, MessageKind.TEXT_BACK, "Hi, it's Harbor Plumbing", T0)));

        danaTexts("Kitchen sink is leaking, can you come today?");

        await().atMost(Duration.ofSeconds(5)).until(() -> shown.size() == 1);
        assertThat(shown.get(0)).isEqualTo(new Notifier.Notice("Dana Ruiz",
                "Kitchen sink is leaking, can you come today?", 1));
        clicks.get(0).run();
        assertThat(opened).containsExactly(1L);
    }

    @Test
    void nothingWhileTheConsoleIsInFrontAndANoticeGoesWhenItComesForward() {
        conversations.add(summary(1, "Dana Ruiz", "+12065550142", Stage.QUALIFYING, T0));
        inFront.set(true);
        danaTexts("Are you there?");
        inFront.set(false);
        feed.publish(new EngineEvent.ThreadChanged(1));

        await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(4)).until(shown::isEmpty);

        danaTexts("Hello?");
        await().atMost(Duration.ofSeconds(5)).until(() -> shown.size() == 1);
        int before = hidden;
        inFront.set(true);
        assertThat(hidden).as("the notice taken away").isEqualTo(before + 1);
    }

    @Test
    void aBurstIsOneNoticeAndItsClickOpensTheInbox() {
        for (long id = 1; id <= 3; id++) {
            conversations.add(summary(id, null, "+1206555014" + id, Stage.NEW, T0));
            feed.publish(new EngineEvent.CustomerTexted(id));
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> shown.size() == 1);
        assertThat(shown.get(0).title()).isEqualTo("3 new replies");
        assertThat(shown.get(0).text()).startsWith("From 3 customers");
        clicks.get(0).run();
        assertThat(opened).containsExactly(-1L);
        await().during(Duration.ofMillis(2000)).atMost(Duration.ofSeconds(3)).until(() -> shown.size() == 1);
    }
}
