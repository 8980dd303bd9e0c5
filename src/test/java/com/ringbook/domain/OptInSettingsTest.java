package com.ringbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OptInSettingsTest {

    @Test
    void theDefaultConfirmationSaysWhoIsTextingAndHowToStopAgain() {
        Settings settings = Settings.fromMap(Map.of(Settings.BUSINESS_NAME, "Harbor Plumbing"));
        assertThat(Template.render(settings.optIn().confirmation(), settings.businessName(), null))
                .isEqualTo("Harbor Plumbing: you're opted back in to texts. Reply STOP to opt out.");
    }

    @Test
    void theConfirmationIsCheckedLikeTheOtherTemplates() {
        assertThat(Settings.validate(Map.of(OptInSettings.CONFIRMATION, "Welcome back, {nme}")))
                .containsEntry(OptInSettings.CONFIRMATION, "Unknown placeholder {nme}. Use {business} or {first_name}.");
        assertThat(Settings.validate(Map.of(OptInSettings.CONFIRMATION, " "))).containsKey(OptInSettings.CONFIRMATION);
        assertThat(Settings.validate(Map.of(OptInSettings.CONFIRMATION, "{business}: welcome back. STOP ends texts.")))
                .isEmpty();
        assertThat(Settings.fromMap(Map.of(OptInSettings.CONFIRMATION, " Back in! ")).optIn().confirmation())
                .isEqualTo("Back in!");
    }
}
