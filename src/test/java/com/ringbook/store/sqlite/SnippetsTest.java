package com.ringbook.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.SearchSnippet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words around a match, as the inbox row shows them. */
class SnippetsTest {

    @Test
    void marksEveryWordThatStartsWithATermWhateverItsCaseOrAccents() {
        SearchSnippet s = Snippets.of("Kitchen SINK is leaking, and the café sink too", List.of("sin", "cafe"));

        assertThat(s.matches()).containsExactly("SINK", "café", "sink");
        assertThat(s.text()).isEqualTo("Kitchen SINK is leaking, and the café sink too");
    }

    @Test
    void aLongMessageIsCutAroundTheFirstMatchAndSaysSo() {
        String body = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sink "
                + "after1 after2 after3 after4 after5 after6 after7 after8 after9 after10 after11 after12";

        SearchSnippet s = Snippets.of(body, List.of("sink"));

        assertThat(s.text()).startsWith("…twelve thirteen fourteen fifteen sink after1").endsWith(" …");
        assertThat(s.matches()).containsExactly("sink");
    }

    @Test
    void textWithoutTheTermGivesNoSnippet() {
        assertThat(Snippets.of("Water heater is banging", List.of("sink")).isEmpty()).isTrue();
        assertThat(Snippets.of("Sinking feeling\nhere", List.of("sink")).text()).isEqualTo("Sinking feeling here");
    }
}
