package com.ringbook.revenue;

import com.ringbook.revenue.api.WeekFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The weekly figures as a CSV table (RFC 4180 line breaks), oldest week first, with exactly the columns the report
 * promises. Money in currency units with two decimals, text-back times in seconds with one decimal (empty for a week
 * nothing was texted back in). Written by {@code ringbook report} and by the Revenue screen's export alike.
 */
public final class ReportCsv {
    public static final List<String> COLUMNS = List.of("week_start", "missed", "texted", "replied", "offered", "booked",
            "recovered_revenue", "median_text_back_s", "p90_text_back_s");
    private static final String CRLF = "\r\n";

    private ReportCsv() {
    }

    public static String write(List<WeekFigures> weeks) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append(CRLF);
        for (WeekFigures w : weeks) {
            out.append(String.join(",", List.of(w.weekStart().toString(), Integer.toString(w.missed()),
                    Integer.toString(w.texted()), Integer.toString(w.replied()), Integer.toString(w.offered()),
                    Integer.toString(w.booked()), BigDecimal.valueOf(w.recoveredCents(), 2).toPlainString(),
                    seconds(w.medianTextBack()), seconds(w.p90TextBack())))).append(CRLF);
        }
        return out.toString();
    }

    static String seconds(Optional<Duration> duration) {
        return duration.map(d -> BigDecimal.valueOf(d.toMillis(), 3).setScale(1, RoundingMode.HALF_UP).toPlainString())
                .orElse("");
    }
}
