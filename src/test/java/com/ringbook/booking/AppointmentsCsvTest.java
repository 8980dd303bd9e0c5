package com.ringbook.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.Appointment;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppointmentsCsvTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final AppointmentsCsv csv = new AppointmentsCsv(NEW_YORK);

    private static List<String> rows(String table) {
        assertThat(table).endsWith("\r\n");
        return List.of(table.split("\r\n", -1)).subList(0, table.split("\r\n", -1).length - 1);
    }

    @Test
    void theHeaderNamesExactlyTheColumnsInOrder() {
        assertThat(csv.write(List.of()))
                .isEqualTo("start,end,customer,phone,address,job_type,value,booked_at,status\r\n");
    }

    @Test
    void aRowHasTheCrewsTimeInLocalTimeWithItsOffsetTheValueInDollarsAndTheStatus() {
        Appointment a = Sample.booked(7, Instant.parse("2026-11-25T14:00:00Z"), 3, "Dana Ruiz", "12 Harbor St",
                "Water heater", 180_000);
        assertThat(rows(csv.write(List.of(a))).get(1)).isEqualTo(
                "2026-11-25T09:00:00-05:00,2026-11-25T12:00:00-05:00,Dana Ruiz,+12065550100,12 Harbor St,Water heater,"
                        + "1800.00,2026-11-24T10:00:00-05:00,booked");
    }

    @Test
    void cancelledAppointmentsAreRowsToo() {
        Appointment kept = Sample.booked(1, Instant.parse("2026-11-25T14:00:00Z"), 2, "Dana Ruiz", "12 Harbor St",
                "Drain cleaning", 30_000);
        Appointment dropped = Sample.cancelled(Sample.booked(2, Instant.parse("2026-11-26T14:00:00Z"), 2, "Lee Park",
                "9 Pier Rd", "Leak", 25_050));
        List<String> rows = rows(csv.write(List.of(kept, dropped)));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).endsWith(",300.00,2026-11-24T10:00:00-05:00,booked");
        assertThat(rows.get(2)).startsWith("2026-11-26T09:00:00-05:00,").endsWith(",250.50,2026-11-24T10:00:00-05:00,cancelled");
    }

    @Test
    void moneyIsCurrencyUnitsWithTwoDecimals() {
        assertThat(AppointmentsCsv.money(180_000)).isEqualTo("1800.00");
        assertThat(AppointmentsCsv.money(5)).isEqualTo("0.05");
        assertThat(AppointmentsCsv.money(0)).isEqualTo("0.00");
        assertThat(AppointmentsCsv.money(123_456_789)).isEqualTo("1234567.89");
    }

    @Test
    void offsetsFollowTheClockChangesOfTheBusinesssZone() {
        // 2026 in New York: clocks go forward on Sunday March 8 at 2:00, back on Sunday November 1 at 2:00.
        List<Appointment> around = List.of(
                Sample.booked(1, Instant.parse("2026-03-06T14:00:00Z"), 2, "A", "x", "Job", 100),
                // 1:00 EST to 4:00 EDT: two hours of real time across the change.
                Sample.booked(2, Instant.parse("2026-03-08T06:00:00Z"), 2, "B", "x", "Job", 100),
                Sample.booked(3, Instant.parse("2026-03-09T13:00:00Z"), 2, "C", "x", "Job", 100),
                Sample.booked(4, Instant.parse("2026-10-30T13:00:00Z"), 2, "D", "x", "Job", 100),
                Sample.booked(5, Instant.parse("2026-11-02T14:00:00Z"), 2, "E", "x", "Job", 100));
        List<String> starts = rows(csv.write(around)).stream().skip(1).map(r -> r.substring(0, r.indexOf(",", 26))).toList();
        assertThat(starts).containsExactly(
                "2026-03-06T09:00:00-05:00,2026-03-06T11:00:00-05:00",
                "2026-03-08T01:00:00-05:00,2026-03-08T04:00:00-04:00",
                "2026-03-09T09:00:00-04:00,2026-03-09T11:00:00-04:00",
                "2026-10-30T09:00:00-04:00,2026-10-30T11:00:00-04:00",
                "2026-11-02T09:00:00-05:00,2026-11-02T11:00:00-05:00");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndTheirQuotesDoubled() {
        assertThat(AppointmentsCsv.field("plain words")).isEqualTo("plain words");
        assertThat(AppointmentsCsv.field("Ruiz, Dana")).isEqualTo("\"Ruiz, Dana\"");
        assertThat(AppointmentsCsv.field("Dana \"DJ\" Ruiz")).isEqualTo("\"Dana \"\"DJ\"\" Ruiz\"");
        assertThat(AppointmentsCsv.field("12 Harbor St\nApt 4")).isEqualTo("\"12 Harbor St\nApt 4\"");
        assertThat(AppointmentsCsv.field("back\rroom")).isEqualTo("\"back\rroom\"");
        assertThat(AppointmentsCsv.field("")).isEqualTo("");

        Appointment a = Sample.booked(1, Instant.parse("2026-11-25T14:00:00Z"), 2, "Ruiz, Dana \"DJ\"",
                "12 Harbor St\r\nApt 4", "Leak; urgent", 30_000);
        assertThat(csv.write(List.of(a))).contains(
                ",\"Ruiz, Dana \"\"DJ\"\"\",+12065550100,\"12 Harbor St\r\nApt 4\",Leak; urgent,300.00,");
    }

    @Test
    void anUnknownCustomerNameIsAnEmptyField() {
        Appointment a = Sample.booked(1, Instant.parse("2026-11-25T14:00:00Z"), 2, null, "12 Harbor St", "Leak", 100);
        assertThat(rows(csv.write(List.of(a))).get(1)).contains("-05:00,,+12065550100,");
    }
}
