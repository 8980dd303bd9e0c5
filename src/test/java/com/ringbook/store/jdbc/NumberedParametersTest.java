package com.ringbook.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SQLite's numbered parameters rewritten for a driver with plain ones only. */
class NumberedParametersTest {

    @Test
    void aNumberUsedTwiceBecomesTwoPlainParametersSetTogether() {
        NumberedParameters p = NumberedParameters.of("SELECT ?2, ?1 FROM t WHERE a = ?1 LIMIT ?3");

        assertThat(p.sql()).isEqualTo("SELECT ?, ? FROM t WHERE a = ? LIMIT ?");
        assertThat(p.renumbers()).isTrue();
    }

    @Test
    void plainParametersInOrderAreLeftAsTheyAre() {
        NumberedParameters p = NumberedParameters.of("UPDATE t SET a = ? WHERE id = ?");

        assertThat(p.sql()).isEqualTo("UPDATE t SET a = ? WHERE id = ?");
        assertThat(p.renumbers()).isFalse();
    }

    @Test
    void questionMarksInTextAndCommentsAreNotParameters() {
        NumberedParameters p = NumberedParameters.of("SELECT 'is it?1', \"odd?\" -- why?2\nFROM t WHERE a = ?1");

        assertThat(p.sql()).isEqualTo("SELECT 'is it?1', \"odd?\" -- why?2\nFROM t WHERE a = ?");
        assertThat(p.renumbers()).isFalse();
    }

    @Test
    void aNumberTheSqlSkipsStillCountsSoLaterOnesKeepTheirPlace() {
        // The inbox's first page binds ?3 and ?4 only; its cursor parameters ?1 and ?2 are not in the SQL.
        NumberedParameters p = NumberedParameters.of("SELECT * FROM t LIMIT ?3 OFFSET ?4");

        assertThat(p.sql()).isEqualTo("SELECT * FROM t LIMIT ? OFFSET ?");
        assertThat(p.renumbers()).isTrue();
    }
}
