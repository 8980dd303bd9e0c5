package com.ringbook.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.reading.ReadingEvaluation.Outcome;
import com.ringbook.reading.ReadingEvaluation.Report;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reads every part of the labelled corpus, prints the figures (per intent, accept / decline / question, the time an
 * other_time reply names), and fails if a single question is read as a booking. The parts can be narrowed with
 * {@code -Dreading.parts=dev}.
 */
class ReplyCorpusTest {

    @Test
    void noQuestionIsReadAsABookingAndTheFiguresArePrinted() {
        ReplyReader reader = ReplyReader.standard();
        List<String> parts = List.of(System.getProperty("reading.parts", String.join(",", ReadingEvaluation.PARTS))
                .split(","));
        for (String part : parts) {
            Report report = Report.of(part.strip(), reader);
            report.print(System.out);
            List<String> booked = report.outcomes().stream().filter(Outcome::questionBooked)
                    .map(o -> o.gold().reply() + " -> " + o.read().intent().wireName()).collect(Collectors.toList());
            assertThat(booked).as("questions read as a booking in the " + part + " part").isEmpty();
        }
    }

    @Test
    void theTrainingPartShipsBesideTheReader() {
        assertThat(ReplyReader.class.getResource(ReplyReader.TRAINING_RESOURCE)).isNotNull();
    }
}
