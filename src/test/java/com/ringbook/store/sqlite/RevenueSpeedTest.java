package com.ringbook.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.store.RevenueRepository.TextSpeed;
import org.junit.jupiter.api.Test;

/** A week's text-back delays, as the store joins them into one string, to its median and p90 (nearest rank). */
class RevenueSpeedTest {

    @Test
    void theMedianAndP90AreTheNearestRanksOfTheSortedDelays() {
        assertThat(SqliteRevenue.speed("10,0,2,8")).isEqualTo(new TextSpeed(4, 2L, 10L));
        assertThat(SqliteRevenue.speed("4885,4228,3523")).isEqualTo(new TextSpeed(3, 4228L, 4885L));
        assertThat(SqliteRevenue.speed("7")).isEqualTo(new TextSpeed(1, 7L, 7L));
        // 20 delays: the median is the 10th smallest, the p90 the 18th.
        assertThat(SqliteRevenue.speed("20,19,18,17,16,15,14,13,12,11,10,9,8,7,6,5,4,3,2,1"))
                .isEqualTo(new TextSpeed(20, 10L, 18L));
        assertThat(SqliteRevenue.speed("123456789012,1")).isEqualTo(new TextSpeed(2, 1L, 123456789012L));
    }

    @Test
    void aWeekWithNoTextBackSentHasNoSpeed() {
        assertThat(SqliteRevenue.speed(null)).isEqualTo(TextSpeed.NONE);
        assertThat(SqliteRevenue.speed("")).isEqualTo(TextSpeed.NONE);
    }
}
