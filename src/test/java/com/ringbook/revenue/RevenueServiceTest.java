package com.ringbook.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ringbook.booking.AppointmentExportService;
import com.ringbook.booking.EngineBookingService;
import com.ringbook.booking.api.LeadCard;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.Settings;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.domain.TimeSlot;
import com.ringbook.engine.EngineHarness;
import com.ringbook.engine.MutableClock;
import com.ringbook.engine.api.RequestRefused;
import com.ringbook.revenue.api.BehindLine;
import com.ringbook.revenue.api.Figure;
import com.ringbook.revenue.api.RevenueOverview;
import com.ringbook.revenue.api.WeekFigures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The revenue service on a running engine: a job booked from a missed call, its value edited on the lead card. */
class RevenueServiceTest {
    private static final String DANA = "+12065550142";
    /** Monday 2026-11-23, 10:00 in New York: the US week began on Sunday the 22nd. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));

    @TempDir
    Path dir;
    private EngineHarness h;
    private EngineBookingService booking;
    private EngineRevenueService revenue;

    @BeforeEach
    void start() {
        h = new EngineHarness(dir, clock, Map.of(Settings.ZONE, "America/New_York", Settings.REGION, "US"), null);
        booking = new EngineBookingService(h.engine.kit(), new AppointmentExportService(h.store, h.engine.settings()::effective, clock));
        revenue = new EngineRevenueService(h.engine.kit());
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void aJobsValueEditedOnTheLeadCardAfterBookingIsTheRevenueTheCalendarAndTheFiguresShow() throws Exception {
        h.simulator.ringAndMiss(DANA);
        await().until(() -> h.inbox().stream().anyMatch(t -> t.phone().equals(DANA)));
        ThreadSummary dana = h.inbox().get(0);
        booking.saveLead(dana.id(), new LeadCard("Dana Ruiz", "12 Harbor St", "", "", "$400", "")).join();
        TimeSlot slot = booking.draftOffer(dana.id(), "").join().slots().get(0);
        Appointment booked = booking.book(dana.id(), slot, "12 Harbor St").join();
        assertThat(booked.valueCents()).isEqualTo(400_00);

        booking.saveLead(dana.id(), new LeadCard("Dana Ruiz", "12 Harbor St", "", "", "520", "")).join();

        assertThat(booking.appointmentOf(dana.id()).join().orElseThrow().valueCents()).isEqualTo(520_00);
        RevenueOverview overview = revenue.overview(1).join();
        WeekFigures week = overview.weeks().get(0);
        assertThat(week.weekStart()).isEqualTo(LocalDate.parse("2026-11-22"));
        assertThat(week.missed()).isEqualTo(1);
        assertThat(week.texted()).isEqualTo(1);
        assertThat(week.booked()).isEqualTo(1);
        assertThat(week.recoveredCents()).isEqualTo(520_00);
        assertThat(week.medianTextBack()).isPresent();
        assertThat(overview.kpis().recoveryPercent()).hasValue(100);
        assertThat(overview.fromData()).as("no calls in the four weeks before").isFalse();
        List<BehindLine> jobs = revenue.behind(Figure.BOOKED, week.weekStart(), week.weekStart().plusDays(7)).join();
        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.name()).contains("Dana Ruiz");
            assertThat(job.amount()).contains(520_00L);
            assertThat(job.threadId()).contains(dana.id());
        });
    }

    @Test
    void theExportsWriteTheTableAndThePictureOrSayWhyNot() throws Exception {
        Path csv = dir.resolve("weeks.csv");
        assertThat(revenue.exportCsv(2, csv).join()).isEqualTo("2 weeks written to weeks.csv.");
        assertThat(Files.readAllLines(csv)).containsExactly(
                "week_start,missed,texted,replied,offered,booked,recovered_revenue,median_text_back_s,p90_text_back_s",
                "2026-11-15,0,0,0,0,0,0.00,,", "2026-11-22,0,0,0,0,0,0.00,,");
        Path png = dir.resolve("chart.png");
        assertThat(revenue.exportPng(2, 1, new int[] {0xFF000000, 0xFFFFFFFF}, png).join()).isEqualTo("Chart saved as chart.png.");
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        assertThatThrownBy(() -> revenue.exportCsv(2, dir.resolve("missing/weeks.csv")).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(RequestRefused.class)
                .hasMessageContaining("Could not write weeks.csv: the folder");
        assertThatThrownBy(() -> revenue.overview(0).join()).hasCauseInstanceOf(RequestRefused.class)
                .hasMessageContaining("Show 1 to 104 weeks.");
    }
}
