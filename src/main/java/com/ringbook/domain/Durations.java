package com.ringbook.domain;

import java.time.Duration;

/** Lengths of time in the words a front desk uses: "2 h", "1 h 30 min", "45 min". */
final class Durations {

    private Durations() {
    }

    static String words(Duration duration) {
        long minutes = duration.toMinutes();
        String sign = minutes < 0 ? "-" : "";
        minutes = Math.abs(minutes);
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return sign + rest + " min";
        }
        return sign + hours + " h" + (rest == 0 ? "" : " " + rest + " min");
    }
}
