package com.ringbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void fillsBusinessAndFirstName() {
        assertThat(Template.render("Hi {first_name}, it's {business}.", "Harbor Plumbing", "Dana"))
                .isEqualTo("Hi Dana, it's Harbor Plumbing.");
    }

    @Test
    void anUnknownNameFallsBackToAFriendlyWordNeverAnEmptyPlaceholder() {
        assertThat(Template.render("Hi {first_name}!", "Harbor", null)).isEqualTo("Hi there!");
        assertThat(Template.render("Hi {first_name}!", "Harbor", "  ")).isEqualTo("Hi there!");
        assertThat(Template.render("{business} here", " ", "Dana")).isEqualTo("our team here");
    }

    @Test
    void namesWithRegexCharactersAreTakenLiterally() {
        assertThat(Template.render("Hi {first_name}", "A$1 Plumbing", "Jo\\$2")).isEqualTo("Hi Jo\\$2");
        assertThat(Template.render("{business}", "A$1 Plumbing", null)).isEqualTo("A$1 Plumbing");
    }

    @Test
    void saysWhatIsWrongWithABadTemplate() {
        assertThat(Template.problem("Hi {nme}")).get().asString().contains("{nme}");
        assertThat(Template.problem("Hi {first_name")).get().asString().contains("not closed");
        assertThat(Template.problem("   ")).isPresent();
        assertThat(Template.problem("x".repeat(Template.MAX_LENGTH + 1))).get().asString().contains("under");
        assertThat(Template.problem(Settings.DEFAULT_OPEN_TEMPLATE)).isEmpty();
    }

    @Test
    void firstNameIsTheFirstWordOfTheContactName() {
        Contact contact = new Contact(1, "+14155550142", "Dana  Ruiz", null, false, null);
        assertThat(contact.firstNameOr("there")).isEqualTo("Dana");
        assertThat(new Contact(1, "+14155550142", null, null, false, null).firstNameOr("there")).isEqualTo("there");
    }
}
