package com.ringbook.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ringbook.domain.Appointment;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant STAMP = Instant.parse("2026-11-24T15:30:12.345Z");
    private final IcsCalendar calendar = new IcsCalendar("Harbor Plumbing", NEW_YORK, "US", "0123456789abcdef");

    private static Appointment waterHeater() {
        return Sample.booked(7, Instant.parse("2026-11-25T14:00:00Z"), 3, "Dana Ruiz", "12 Harbor St", "Water heater",
                180_000);
    }

    /** Physical lines: every one must end in CRLF. */
    private static List<String> physicalLines(String ics) {
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        List<String> lines = new ArrayList<>(List.of(ics.split("\r\n", -1)));
        lines.remove(lines.size() - 1);
        return lines;
    }

    /** Content lines: folded lines joined again (RFC 5545 3.1). */
    private static List<String> contentLines(String ics) {
        return List.of(ics.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void aCalendarOfOneBookedJob() {
        String ics = calendar.write(List.of(waterHeater()), STAMP);
        assertThat(contentLines(ics)).containsExactly(
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Ringbook//Appointments//EN",
                "CALSCALE:GREGORIAN",
                "X-WR-CALNAME:Harbor Plumbing appointments",
                "X-WR-TIMEZONE:America/New_York",
                "BEGIN:VEVENT",
                "UID:appointment-7@0123456789abcdef.ringbook",
                "DTSTAMP:20261124T153012Z",
                "DTSTART:20261125T140000Z",
                "DTEND:20261125T170000Z",
                "SUMMARY:Water heater — Dana Ruiz",
                "LOCATION:12 Harbor St",
                "DESCRIPTION:Arrival window: Wed Nov 25\\, 9:00–11:00 AM EST\\nPhone: +1 206-555-0100\\n"
                        + "Job value: $1\\,800.00\\nCrew 1",
                "STATUS:CONFIRMED",
                "END:VEVENT",
                "END:VCALENDAR");
    }

    @Test
    void onlyBookedAppointmentsBecomeEvents() {
        Appointment cancelled = Sample.cancelled(Sample.booked(8, Instant.parse("2026-11-26T14:00:00Z"), 2, "Lee Park",
                "9 Pier Rd", "Leak", 100));
        String ics = calendar.write(List.of(cancelled, waterHeater()), STAMP);
        assertThat(contentLines(ics)).filteredOn(l -> l.startsWith("UID:"))
                .containsExactly("UID:appointment-7@0123456789abcdef.ringbook");
        assertThat(ics).doesNotContain("Lee Park");
        assertThat(contentLines(calendar.write(List.of(cancelled), STAMP))).doesNotContain("BEGIN:VEVENT");
    }

    @Test
    void timesAreTheCrewsBookedTimeInUtcWhateverTheBusinesssZone() {
        // 1:00 EST to 4:00 EDT on the morning New York's clocks go forward: two real hours.
        Appointment acrossTheChange = Sample.booked(1, Instant.parse("2026-03-08T06:00:00Z"), 2, "A", "x", "Job", 100);
        Appointment summer = Sample.booked(2, Instant.parse("2026-07-01T13:30:00.500Z"), 1, "B", "x", "Job", 100);
        List<String> lines = contentLines(calendar.write(List.of(acrossTheChange, summer), STAMP));
        assertThat(lines).filteredOn(l -> l.startsWith("DTSTART") || l.startsWith("DTEND")).containsExactly(
                "DTSTART:20260308T060000Z", "DTEND:20260308T080000Z",
                "DTSTART:20260701T133000Z", "DTEND:20260701T143000Z");
        assertThat(lines).filteredOn(l -> l.startsWith("DESCRIPTION")).first().asString()
                .startsWith("DESCRIPTION:Arrival window: Sun Mar 8\\, 1:00–4:00 AM EDT");
        assertThat(lines).filteredOn(l -> l.startsWith("DESCRIPTION")).last().asString()
                .startsWith("DESCRIPTION:Arrival window: Wed Jul 1\\, 9:30–11:30 AM EDT");
    }

    @Test
    void anArrivalWindowAcrossNoonOrMidnightSaysBothHalvesOfTheDay() {
        Appointment noon = Sample.booked(1, Instant.parse("2026-11-25T16:00:00Z"), 3, "A", "x", "Job", 100);
        Appointment late = Sample.booked(2, Instant.parse("2026-11-26T04:00:00Z"), 3, "B", "x", "Job", 100);
        assertThat(calendar.arrivalWindow(noon)).isEqualTo("Wed Nov 25, 11:00 AM–1:00 PM EST");
        assertThat(calendar.arrivalWindow(late)).isEqualTo("Wed Nov 25, 11:00 PM – Thu Nov 26, 1:00 AM EST");
    }

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndLineBreaks() {
        assertThat(IcsCalendar.text("a,b;c\\d\ne\r\nf\rg")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf\\ng");
        assertThat(IcsCalendar.text("tab\there\u0007bell")).isEqualTo("tab\therebell");
        Appointment odd = Sample.booked(1, Instant.parse("2026-11-25T14:00:00Z"), 2, "Ruiz, Dana; \"DJ\"",
                "12 Harbor St\nApt 4, back door", "Leak\\drain", 100);
        List<String> lines = contentLines(calendar.write(List.of(odd), STAMP));
        assertThat(lines).contains("SUMMARY:Leak\\\\drain — Ruiz\\, Dana\\; \"DJ\"",
                "LOCATION:12 Harbor St\\nApt 4\\, back door");
    }

    @Test
    void anUnknownNameShowsTheCallersNumber() {
        Appointment unnamed = Sample.booked(1, Instant.parse("2026-11-25T14:00:00Z"), 2, null, "x", "Leak", 100);
        assertThat(IcsCalendar.summary(unnamed)).isEqualTo("Leak — +1 206-555-0100");
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingACharacter() throws CharacterCodingException {
        String name = "Zoë Ünal-Øster 山田太郎 🚰 ".repeat(12);
        Appointment a = Sample.booked(1, Instant.parse("2026-11-25T14:00:00Z"), 2, name, "Straße 5, " + "ü".repeat(80),
                "Wasserhahn", 100);
        String ics = calendar.write(List.of(a), STAMP);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int folded = 0;
        for (String line : physicalLines(ics)) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).as(line).isLessThanOrEqualTo(75);
            // Each physical line is whole UTF-8 on its own: no character's bytes were split.
            decoder.reset().decode(ByteBuffer.wrap(bytes));
            folded += line.startsWith(" ") ? 1 : 0;
        }
        assertThat(folded).isGreaterThan(5);
        assertThat(contentLines(ics)).contains("SUMMARY:Wasserhahn — " + IcsCalendar.text(name.strip()));
    }

    @Test
    void foldingCountsOctetsNotCharacters() {
        String ascii75 = "X".repeat(75);
        assertThat(IcsCalendar.fold(ascii75)).isEqualTo(ascii75);
        assertThat(IcsCalendar.fold(ascii75 + "Y")).isEqualTo(ascii75 + "\r\n Y");
        // 74 octets then a 3-octet character: it would end at octet 77, so it starts the next line whole.
        String line = "X".repeat(74) + "山" + "Z";
        assertThat(IcsCalendar.fold(line)).isEqualTo("X".repeat(74) + "\r\n 山Z");
        // A continuation line holds the space and 74 more octets.
        assertThat(IcsCalendar.fold("X".repeat(75 + 74 + 1))).isEqualTo(
                "X".repeat(75) + "\r\n " + "X".repeat(74) + "\r\n X");
        // A 4-octet character (a surrogate pair in Java) is never cut in two.
        assertThat(IcsCalendar.fold("X".repeat(73) + "🚰")).isEqualTo("X".repeat(73) + "\r\n 🚰");
        assertThatCode(() -> IcsCalendar.fold("")).doesNotThrowAnyException();
    }

    @Test
    void jobValuesAreInTheCurrencyOfTheBusinesssCountry() {
        IcsCalendar british = new IcsCalendar("Harbor Plumbing", ZoneId.of("Europe/London"), "GB", "0123456789abcdef");
        assertThat(contentLines(british.write(List.of(waterHeater()), STAMP)))
                .anyMatch(l -> l.contains("Job value: £1\\,800.00"));
    }
}
