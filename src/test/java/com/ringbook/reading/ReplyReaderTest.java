package com.ringbook.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ringbook.domain.Offer;
import com.ringbook.domain.TimeSlot;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyReaderTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZonedDateTime NOW = LocalDateTime.of(2026, 11, 23, 14, 0).atZone(NEW_YORK);
    private static final ReplyReader READER = ReplyReader.standard();

    private static Reading read(String reply, int slots) {
        return READER.read(reply, new ReplyContext(NOW, slots, List.of()));
    }

    private static Reading read(String reply) {
        return read(reply, 2);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2                                      | 2 | 2
            1                                      | 2 | 1
            #2                                     | 2 | 2
            2 please                               | 2 | 2
            option 1 works for me                  | 2 | 1
            the second one                         | 2 | 2
            I'll take the first                    | 2 | 1
            the later one please                   | 2 | 2
            3                                      | 3 | 3
            the last one                           | 3 | 3
            2 doesn't work but 1 does              | 2 | 1
            not 2, 1 please                        | 2 | 1
            Can I get the first one?               | 2 | 1
            2️⃣                                     | 2 | 2
            """)
    void aSlotNamedByNumberOrPositionIsChosen(String reply, int slots, int slot) {
        Reading reading = read(reply, slots);
        assertThat(reading.intent()).isEqualTo(ReplyIntent.CHOOSE_SLOT);
        assertThat(reading.slot()).isEqualTo(slot);
    }

    @Test
    void aBareTwoAfterTwoSlotsIsTheSecondSlotNotTwoOClock() {
        assertThat(read("2")).isEqualTo(new Reading(ReplyIntent.CHOOSE_SLOT, 2, null, null));
        Reading time = read("how about at 2?");
        assertThat(time.intent()).isEqualTo(ReplyIntent.OTHER_TIME);
        assertThat(time.when()).hasToString("2026-11-24T14:00");
        assertThat(read("3", 2).intent()).isNotEqualTo(ReplyIntent.CHOOSE_SLOT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sure, that works", "yes", "YES", "ok", "that should be fine", "👍", "yep sounds good",
            "Yes please, see you then", "perfect thank you"})
    void afterOneSlotAPlainAgreementChoosesIt(String reply) {
        assertThat(read(reply, 1)).isEqualTo(new Reading(ReplyIntent.CHOOSE_SLOT, 1, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "sure, that works", "either works", "both are fine", "whichever is easier for you",
            "that should be fine"})
    void afterTwoSlotsAPlainAgreementIsYes(String reply) {
        assertThat(read(reply).intent()).isEqualTo(ReplyIntent.YES);
    }

    @Test
    void aDayAgreedToIsYesWithThatDay() {
        Reading reading = read("wednesday works for me");
        assertThat(reading.intent()).isEqualTo(ReplyIntent.YES);
        assertThat(reading.when()).hasToString("2026-11-25");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            can't do tuesday, how about thursday at 10     | 2026-11-26T10:00
            tmrw at 4?                                     | 2026-11-24T16:00
            next wed?                                      | 2026-12-02
            could you do the 3rd instead                   | 2026-12-03
            friday after 3 would be better                 | 2026-11-27T15:00
            sat morning?                                   | 2026-11-28T08:00
            neither, 12/5 at 9am?                          | 2026-12-05T09:00
            is there anything Saturday?                    | 2026-11-28
            I'm at work tuesday and wednesday, friday at 2? | 2026-11-27T14:00
            Wednesday is bad, could we try thursday        | 2026-11-26
            """)
    void aDeclineNamingATimeIsOtherTimeWithTheTimeProposedNotTheOneRefused(String reply, String when) {
        Reading reading = read(reply);
        assertThat(reading.intent()).isEqualTo(ReplyIntent.OTHER_TIME);
        assertThat(reading.when()).hasToString(when);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anything else?", "something later?", "Is there anything else available?",
            "I'd rather go later in the day", "neither works, what else do you have?", "Do you have anything sooner?"})
    void askingForAnotherTimeWithoutNamingOneIsOtherTimeWithNoTime(String reply) {
        assertThat(read(reply)).isEqualTo(new Reading(ReplyIntent.OTHER_TIME, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no thanks", "neither works for me", "Not interested", "We found someone else",
            "please stop texting me", "nope"})
    void aDeclineWithoutAskingForAnotherTimeIsNo(String reply) {
        assertThat(read(reply).intent()).isEqualTo(ReplyIntent.NO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what's the address?", "how much?", "do you do weekends?", "Do you work saturdays?",
            "ok, how much will it cost?", "Sure, but how much is it?", "Yes but how much?",
            "Before I book, are you licensed?", "Is option 1 more expensive?", "Is there a difference between 1 and 2?",
            "great, do you need the gate code?", "Thanks! Do I need to be home?", "Sounds good, who is coming?",
            "Perfect. How much will it be?", "What does 9-11 mean?", "Is 9-11 the arrival time?",
            "I was wondering how much a new toilet install runs", "how long does it take", "who is this?",
            "Do you offer weekend appointments?", "Does it cost more on Wednesday?", "2 pls but how much first?"})
    void aQuestionIsAQuestionAndNeverABooking(String reply) {
        Reading reading = read(reply);
        assertThat(reading.intent()).as(reply).isEqualTo(ReplyIntent.QUESTION);
        assertThat(read(reply, 1).intent()).as(reply).isEqualTo(ReplyIntent.QUESTION);
    }

    @Test
    void aFirmAcceptanceWithAnAsideIsStillTheAcceptance() {
        assertThat(read("2 works. Will you call when you're on the way?").slot()).isEqualTo(2);
        assertThat(read("Yes please! Will the tech call ahead?", 1).intent()).isEqualTo(ReplyIntent.CHOOSE_SLOT);
    }

    @Test
    void anAddressIsGivenAsTyped() {
        assertThat(read("we're at 45 Oak Ave Apt 3")).isEqualTo(
                new Reading(ReplyIntent.ADDRESS, null, null, "45 Oak Ave Apt 3"));
        assertThat(read("1402 W Grand Blvd, Springfield IL 62704").address())
                .isEqualTo("1402 W Grand Blvd, Springfield IL 62704");
        assertThat(read("2 please, we're at 88 Pine Rd.")).isEqualTo(
                new Reading(ReplyIntent.CHOOSE_SLOT, 2, null, "88 Pine Rd"));
        assertThat(read("Is 14 Elm St in your area?").intent()).isEqualTo(ReplyIntent.QUESTION);
    }

    @Test
    void theCarriersKeywordsCountOnlyAsTheWholeMessage() {
        assertThat(read("STOP").intent()).isEqualTo(ReplyIntent.STOP);
        assertThat(read("  unsubscribe ").intent()).isEqualTo(ReplyIntent.STOP);
        assertThat(read("Cancel").intent()).isEqualTo(ReplyIntent.STOP);
        assertThat(read("start").intent()).isEqualTo(ReplyIntent.START);
        assertThat(read("UNSTOP").intent()).isEqualTo(ReplyIntent.START);
        assertThat(read("help").intent()).isEqualTo(ReplyIntent.HELP);
        assertThat(read("Info").intent()).isEqualTo(ReplyIntent.HELP);
        Reading stopBy = read("stop by at 5");
        assertThat(stopBy.intent()).isEqualTo(ReplyIntent.OTHER_TIME);
        assertThat(stopBy.when()).hasToString("2026-11-23T17:00");
        assertThat(read("cancel my request").intent()).isEqualTo(ReplyIntent.NO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "?", "...", "\u0000\u0001\u0002", "\uFFFD\uFFFD\uFFFD", "🦄🌮", "lol",
            "asdfghjkl", "\t\t"})
    void whatCannotBeReadIsUnclear(String reply) {
        assertThat(read(reply).intent()).isEqualTo(ReplyIntent.UNCLEAR);
    }

    @Test
    void anythingAtAllGetsAnAnswerAndNothingTooLongToBeATextIsRead() {
        assertThat(READER.read(null, new ReplyContext(NOW, 2, List.of())).intent()).isEqualTo(ReplyIntent.UNCLEAR);
        assertThat(read("yes ".repeat(2500)).intent()).isEqualTo(ReplyIntent.UNCLEAR);
        StringBuilder noise = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 3000; i++) {
            noise.setLength(0);
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                noise.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x1FAFF) : ' ' + random.nextInt(95));
            }
            String text = noise.toString();
            if (text.codePoints().anyMatch(c -> c >= 0xD800 && c <= 0xDFFF)) {
                continue;
            }
            assertThat(read(text, 1 + random.nextInt(3))).isNotNull();
        }
    }

    @Test
    void typosCapitalsEmojiAndExtraWordsStillRead() {
        assertThat(read("YES PLEASE 2 🙂").slot()).isEqualTo(2);
        assertThat(read("wensday at 3 instead?").when()).hasToString("2026-11-25T15:00");
        assertThat(read("nither works 4 me sorry").intent()).isIn(ReplyIntent.NO, ReplyIntent.OTHER_TIME);
        assertThat(read("Hi! Thanks for getting back so quick. The 1st one works great for us, thanks!!").slot())
                .isEqualTo(1);
        assertThat(read("tomorow at 10?").when()).hasToString("2026-11-24T10:00");
    }

    @Test
    void withTheOfferedSlotsKnownADayPicksItsSlotOrAsksForAnother() {
        Instant tuesday = LocalDateTime.of(2026, 11, 24, 9, 0).atZone(NEW_YORK).toInstant();
        Instant wednesday = LocalDateTime.of(2026, 11, 25, 13, 0).atZone(NEW_YORK).toInstant();
        Offer offer = new Offer(1, 7, "Drain", NOW.toInstant(), List.of(slot(tuesday), slot(wednesday)));
        ReplyContext context = ReplyContext.of(offer, NOW.toInstant(), NEW_YORK);
        assertThat(READER.read("wednesday works", context).slot()).isEqualTo(2);
        assertThat(READER.read("how about tuesday at 10?", context).slot()).isEqualTo(1);
        Reading thursday = READER.read("thursday works", context);
        assertThat(thursday.intent()).isEqualTo(ReplyIntent.OTHER_TIME);
        assertThat(thursday.when()).hasToString("2026-11-26");
    }

    private static TimeSlot slot(Instant start) {
        return new TimeSlot(1, start, start.plusSeconds(7200), start, start.plusSeconds(7200));
    }

    @Test
    void anOfferHoldsOneToNineSlots() {
        assertThatThrownBy(() -> new ReplyContext(NOW, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReplyContext(NOW, 10, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
