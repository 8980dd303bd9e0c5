package com.ringbook.ui.common;

import java.time.Clock;
import java.time.Instant;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/** "Now", ticking once a second on the FX thread, so relative times and waiting badges count up live. */
public final class Ticker {
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Instant> now;
    private final Timeline timeline;

    public Ticker(Clock clock) {
        this.clock = clock;
        this.now = new ReadOnlyObjectWrapper<>(clock.instant());
        this.timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> now.set(clock.instant())));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public Instant now() {
        return now.get();
    }

    public Clock clock() {
        return clock;
    }
}
