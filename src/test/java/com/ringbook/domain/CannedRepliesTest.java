package com.ringbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Saved replies as Settings store them: one a line, each a template checked like the text-back. */
class CannedRepliesTest {

    @Test
    void theDefaultsAreAFewTradesRepliesThatPassAndFillIn() {
        Settings settings = Settings.fromMap(Map.of());
        assertThat(settings.cannedReplies()).hasSize(4);
        assertThat(Settings.validate(Map.of())).doesNotContainKey(CannedReplies.KEY);
        assertThat(CannedReplies.render(settings.cannedReplies().get(0), "Harbor Plumbing", "Dana"))
                .startsWith("Thanks Dana!");
        assertThat(CannedReplies.render(settings.cannedReplies().get(3), "Harbor Plumbing", null))
                .startsWith("Thanks for choosing Harbor Plumbing!");
    }

    @Test
    void oneReplyALineBlankLinesSkipped() {
        Settings settings = Settings.fromMap(Map.of(CannedReplies.KEY, "  On our way!  \n\n  See you at {business}.\n"));
        assertThat(settings.cannedReplies()).containsExactly("On our way!", "See you at {business}.");
    }

    @Test
    void aBadReplyIsNamedByItsNumber() {
        Map<String, String> errors = Settings.validate(Map.of(CannedReplies.KEY, "On our way!\nSee you {nme}!"));
        assertThat(errors.get(CannedReplies.KEY)).isEqualTo("Reply 2: Unknown placeholder {nme}. Use {business} or {first_name}.");

        assertThat(Settings.validate(Map.of(CannedReplies.KEY, "x".repeat(700))).get(CannedReplies.KEY))
                .startsWith("Reply 1: Keep it under 640 characters");
        assertThat(Settings.validate(Map.of(CannedReplies.KEY, "ok\n".repeat(31))).get(CannedReplies.KEY))
                .isEqualTo("Keep it to 30 saved replies (there are 31).");
    }

    @Test
    void noSavedRepliesIsFine() {
        assertThat(Settings.validate(Map.of(CannedReplies.KEY, ""))).doesNotContainKey(CannedReplies.KEY);
        assertThat(Settings.fromMap(Map.of(CannedReplies.KEY, "")).cannedReplies()).isEmpty();
    }
}
