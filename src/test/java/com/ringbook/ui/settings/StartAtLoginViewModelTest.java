package com.ringbook.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.engine.api.RequestRefused;
import com.ringbook.ui.common.SameThreadUi;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The switch shows what is on the PC, before and after a flip, and says why a flip failed. */
class StartAtLoginViewModelTest {

    /** An entry on a pretend PC; {@code refuse} makes the next change fail as a read-only folder would. */
    private static final class PretendEntry implements StartAtLogin {
        boolean there;
        String refuse;

        @Override
        public CompletableFuture<Boolean> isOn() {
            return CompletableFuture.completedFuture(there);
        }

        @Override
        public CompletableFuture<Boolean> turn(boolean on) {
            if (refuse != null) {
                return CompletableFuture.failedFuture(new RequestRefused(refuse));
            }
            there = on;
            return CompletableFuture.completedFuture(there);
        }

        @Override
        public String where() {
            return "/home/jo/.config/autostart/ringbook.desktop";
        }
    }

    @Test
    void theSwitchStartsAsThePcHasItAndFollowsEachFlip() {
        PretendEntry entry = new PretendEntry();
        entry.there = true;
        StartAtLoginViewModel model = new StartAtLoginViewModel(entry, new SameThreadUi());
        assertThat(model.onProperty().get()).isFalse();

        model.refresh();
        assertThat(model.onProperty().get()).as("an entry already there shows as on").isTrue();

        model.turn(false);
        assertThat(entry.there).isFalse();
        assertThat(model.onProperty().get()).isFalse();
        assertThat(model.outcomeProperty().get()).isEqualTo("Ringbook will not open by itself.");

        model.turn(true);
        assertThat(entry.there).isTrue();
        assertThat(model.onProperty().get()).isTrue();
        assertThat(model.outcomeProperty().get()).isEqualTo("Ringbook will open when you sign in to this PC.");
        assertThat(model.problemProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aFailedFlipSaysWhyAndTheSwitchGoesBackToWhatIsThere() {
        PretendEntry entry = new PretendEntry();
        entry.refuse = "Ringbook cannot open at sign-in: could not write /home/jo/.config/autostart/ringbook.desktop "
                + "(no permission to write /home/jo/.config/autostart).";
        StartAtLoginViewModel model = new StartAtLoginViewModel(entry, new SameThreadUi());

        model.turn(true);

        assertThat(model.onProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isTrue();
        assertThat(model.outcomeProperty().get()).isEqualTo(entry.refuse);
        assertThat(model.busyProperty().get()).as("the switch can be tried again").isFalse();
    }
}
