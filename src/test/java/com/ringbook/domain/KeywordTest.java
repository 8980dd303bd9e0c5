package com.ringbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeywordTest {

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop", "  Stop \n", "STOPALL", "unsubscribe", "Cancel", "END", "quit", "OPTOUT", "revoke"})
    void optOutWordsStop(String body) {
        assertThat(Keyword.of(body)).isEqualTo(Keyword.STOP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"START", " unstop "})
    void startWordsOptBackIn(String body) {
        assertThat(Keyword.of(body).optsIn(true)).isTrue();
        assertThat(Keyword.of(body).optsIn(false)).isTrue();
    }

    @Test
    void yesOptsInOnlyANumberThatIsOptedOut() {
        assertThat(Keyword.of("yes").optsIn(true)).isTrue();
        assertThat(Keyword.of("Yes").optsIn(false)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"HELP", "info", " Help "})
    void helpWords(String body) {
        assertThat(Keyword.of(body)).isEqualTo(Keyword.HELP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stop by at 5", "please stop", "help me with my sink", "", "STOP!"})
    void onlyTheWholeMessageCounts(String body) {
        assertThat(Keyword.of(body)).isEqualTo(Keyword.NONE);
    }
}
