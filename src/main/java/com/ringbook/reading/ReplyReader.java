package com.ringbook.reading;

import com.ringbook.domain.Keyword;
import com.ringbook.domain.TimeSlot;
import com.ringbook.reading.DateResolver.TimeMention;
import com.ringbook.reading.IntentModel.Guess;
import com.ringbook.reading.IntentModel.Label;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a customer's reply to an offer of slots: what it most likely means, which slot, the time it names, the
 * address it gives. Offline and pure: the same reply, offer and moment always read the same.
 *
 * <p>Rules first, in this order: the carrier's keywords (whole message); a question held over a booking ("yes but
 * how much?"); a slot named by number or position; an address; a request for another time (named or not, a refused
 * day set aside); any other question (a booking only when the reply also accepts firmly: "yes please, who is
 * coming?"); a day or time accepted ("wednesday works"). What is left goes to a small linear model trained on the
 * labelled replies; when it is not sure, the reply is {@link ReplyIntent#UNCLEAR}. A question is never read as a
 * booking.
 */
public final class ReplyReader {

    /** Longer than the longest text a phone sends as one message (ten segments): not a reply to read. */
    public static final int LONGEST_REPLY = 1600;

    /** Below this the model's best guess is not trusted, and the reply is unclear. */
    private static final double LEAST_CONFIDENCE = 0.45;

    /** The labelled replies the standard reader learns from, on the class path beside this class. */
    static final String TRAINING_RESOURCE = "replies-train.tsv";

    /** The moment training replies are read at: it only decides whether a reply names a time, never its answer. */
    private static final ZonedDateTime TRAINING_NOW =
            LocalDateTime.of(2026, 11, 23, 14, 0).atZone(ZoneId.of("America/New_York"));

    private static final Phrases MAYBE_LATER = Phrases.of("maybe", "i'll try", "will try", "we'll try");
    private static final Phrases WANTS_PLURAL = Phrases.of("do you have", "any", "better", "prefer", "rather", "only");
    private static final Phrases RESCHEDULE = Phrases.of("reschedule", "rebook");
    private static final Phrases HOW_ABOUT = Phrases.of("how about", "what about", "how bout", "what bout");
    private static final Phrases ASKS_FOR_ANY = Phrases.of("do you have", "any", "anything");
    private static final Phrases AGREES = Phrases.of("is fine", "is good", "is great", "is perfect", "works", "is ok", "is best",
                    "please", "would work", "would be great", "would be fine", "would be good", "i can do",
                    "is better");

    private final IntentModel model;

    private ReplyReader(IntentModel model) {
        this.model = model;
    }

    /** The reader trained on the replies that ship with Ringbook; trained once, on first use. */
    public static ReplyReader standard() {
        return Standard.READER;
    }

    private static final class Standard {
        static final ReplyReader READER = trainedOn(LabelledReply.read(resource()));

        private static InputStream resource() {
            InputStream in = ReplyReader.class.getResourceAsStream(TRAINING_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("The reply reader's training replies are missing from the class path ("
                        + TRAINING_RESOURCE + ")");
            }
            return in;
        }
    }

    /** A reader trained on these replies (those with a keyword, an address or no intent the model knows are skipped). */
    static ReplyReader trainedOn(List<LabelledReply> replies) {
        List<IntentModel.Example> examples = new ArrayList<>();
        for (LabelledReply r : replies) {
            Label label = switch (r.intent()) {
                case CHOOSE_SLOT, YES -> Label.ACCEPT;
                case NO -> Label.NO;
                case OTHER_TIME -> Label.OTHER_TIME;
                case QUESTION -> Label.QUESTION;
                case UNCLEAR -> Label.UNCLEAR;
                default -> null;
            };
            if (label == null || r.reply().length() > LONGEST_REPLY) {
                continue;
            }
            Words words = Words.of(r.reply());
            if (words.isEmpty()) {
                continue;
            }
            ReplyContext context = new ReplyContext(TRAINING_NOW, r.slots(), List.of());
            Analysis a = new Analysis(r.reply(), words, context);
            examples.add(new IntentModel.Example(IntentModel.features(words, a.signals()), label));
        }
        return new ReplyReader(IntentModel.train(examples));
    }

    /** One reply from the labelled corpus. */
    record LabelledReply(String id, String source, int slots, ReplyIntent intent, Integer slot, When when,
                         String address, String reply) {

        /** Reads the corpus's tab-separated form (a {@code #} line is a comment). */
        static List<LabelledReply> read(InputStream in) {
            List<LabelledReply> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    if (f.length != 8) {
                        throw new IllegalArgumentException("A corpus line has 8 fields, not " + f.length + ": " + line);
                    }
                    out.add(new LabelledReply(f[0], f[1], Integer.parseInt(f[2]), ReplyIntent.fromWireName(f[3]),
                            f[4].isEmpty() ? null : Integer.valueOf(f[4]), f[5].isEmpty() ? null : When.parse(f[5]),
                            f[6].isEmpty() ? null : f[6], f[7]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
    }

    /** Reads one reply. Never throws for any text: what cannot be read is {@link ReplyIntent#UNCLEAR}. */
    public Reading read(String reply, ReplyContext context) {
        Objects.requireNonNull(context, "Reading a reply needs what it answers");
        if (reply == null || reply.length() > LONGEST_REPLY) {
            return Reading.unclear();
        }
        switch (Keyword.of(reply)) {
            case STOP -> {
                return Reading.of(ReplyIntent.STOP);
            }
            case START -> {
                return Reading.of(ReplyIntent.START);
            }
            case HELP -> {
                return Reading.of(ReplyIntent.HELP);
            }
            default -> {
            }
        }
        Words words = Words.of(reply);
        if (words.isEmpty()) {
            return Reading.unclear();
        }
        Analysis a = new Analysis(reply, words, context);
        Reading reading = a.decide();
        if (reading == null) {
            Guess guess = model.guess(IntentModel.features(words, a.signals()));
            reading = a.fromModel(guess);
        }
        return a.matchOfferedSlots(reading);
    }

    /** Who reads a reply: the rules, or the model for what they leave open. */
    enum Decider {
        RULES, MODEL
    }

    /** Which of the two reads this reply (for measuring each; null for a keyword or what cannot be read). */
    Decider decider(String reply, ReplyContext context) {
        Keyword keyword = reply == null ? Keyword.NONE : Keyword.of(reply);
        if (reply == null || reply.length() > LONGEST_REPLY || (keyword != Keyword.NONE && keyword != Keyword.YES)
                || Words.of(reply).isEmpty()) {
            return null;
        }
        Words words = Words.of(reply);
        return new Analysis(reply, words, context).decide() == null ? Decider.MODEL : Decider.RULES;
    }

    /** How the model alone, with no rule deciding first, would read the reply (for measuring it). */
    Reading readByModelAlone(String reply, ReplyContext context) {
        Words words = Words.of(reply);
        Analysis a = new Analysis(reply, words, context);
        Guess guess = model.guess(IntentModel.features(words, a.signals()));
        return a.fromModel(new Guess(guess.label(), 1.0));
    }

    /** What the rules find in one reply, and the decision they make from it (null: the model decides). */
    static final class Analysis {
        final String raw;
        final Words words;
        final ReplyContext context;
        final SlotChoice slots;
        final List<TimeMention> mentions;
        final boolean[] refusedMention;
        final TimeMention proposed;
        final boolean proposedHasCue;
        final Addresses.Found address;
        final boolean addressInQuestion;
        boolean infoQuestion;
        boolean timeQuestion;
        boolean bookingQuestion;
        boolean hold;
        final boolean firm;
        final boolean accepts;
        final boolean declines;
        final boolean otherTimePhrase;
        final boolean pluralTime;
        final boolean postpones;
        final boolean clearlyDeclines;
        final boolean anySlot;
        /** Sentences that ask something other than a time. */
        final Set<Integer> infoSentences = new java.util.HashSet<>();
        /** Sentences that ask without a question mark or a question word ("tell me the price first"). */
        final Set<Integer> indirectSentences = new java.util.HashSet<>();

        Analysis(String raw, Words words, ReplyContext context) {
            this.raw = raw;
            this.words = words;
            this.context = context;
            this.slots = SlotChoice.find(words, context.slotCount());
            this.mentions = DateResolver.mentions(words, context.now(), context.slotCount(), slots.claimed());
            this.refusedMention = new boolean[mentions.size()];
            for (int m = 0; m < mentions.size(); m++) {
                refusedMention[m] = refused(mentions.get(m));
            }
            // The time asked for: not one turned down; one that is proposed before one that is not, one with a day
            // before a bare time ("I'm only home after 4pm. Could you do Tuesday at 4:30?"), and "until sunday" only
            // when nothing else is named; else the first.
            TimeMention chosen = null;
            boolean cue = false;
            int best = -1;
            for (int m = 0; m < mentions.size(); m++) {
                if (refusedMention[m]) {
                    continue;
                }
                TimeMention mention = mentions.get(m);
                boolean hasCue = proposalCue(words.sentence[mention.from()]);
                String before = words.get(mention.from() - 1);
                boolean boundary = before.equals("until") || before.equals("till") || before.equals("til");
                int score = (boundary ? 0 : 4) + (hasCue ? 2 : 0) + (mention.hasDate() ? 1 : 0);
                if (score > best) {
                    chosen = mention;
                    cue = hasCue;
                    best = score;
                }
            }
            this.proposed = chosen;
            this.proposedHasCue = cue;
            String plain = Normalizer.normalize(raw, Normalizer.Form.NFKC);
            this.address = hasDigit(plain) ? Addresses.find(plain).orElse(null) : null;
            this.addressInQuestion = address != null && addressAsked(plain, address);
            this.pluralTime = anyWord(Lexicon.PLURAL_DAYS);
            this.otherTimePhrase = anyPhrase(Lexicon.OTHER_TIME_PHRASES, false) || anotherAsked() || reschedule();
            this.postpones = anyPhrase(Lexicon.POSTPONES, false);
            this.clearlyDeclines = anyPhrase(Lexicon.CLEAR_DECLINES, true) || startsWithNo();
            this.anySlot = anyPhrase(Lexicon.ANY_SLOT, true);
            classifyQuestions();
            this.firm = phraseOutsideQuestions(Lexicon.FIRM_ACCEPTANCE);
            this.accepts = phraseOutsideQuestions(Lexicon.ACCEPTANCE);
            this.declines = anyPhrase(Lexicon.DECLINE_PHRASES, true);
        }

        /** The rules' reading, or null when they leave it to the model. */
        Reading decide() {
            if (hold && infoQuestion) {
                return Reading.of(ReplyIntent.QUESTION);
            }
            if (slots.chosen().size() == 1 && !(infoQuestion && chosenOnlyAsking())) {
                int slot = slots.chosen().iterator().next();
                return new Reading(ReplyIntent.CHOOSE_SLOT, slot, null, address == null ? null : address.address());
            }
            if (address != null && !addressInQuestion) {
                return new Reading(ReplyIntent.ADDRESS, null, null, address.address());
            }
            if (asksForAnotherTime()) {
                return new Reading(ReplyIntent.OTHER_TIME, null, proposed == null ? null : proposed.when(), null);
            }
            if (infoQuestion) {
                return firm ? accept(null) : Reading.of(ReplyIntent.QUESTION);
            }
            if (bookingQuestion) {
                return accept(proposed == null ? null : proposed.when());
            }
            if (proposed != null) {
                if (postpones) {
                    return anyPhrase(Lexicon.DEFERS, false) && !declines ? Reading.unclear() : Reading.of(ReplyIntent.NO);
                }
                return acceptsTheTime() ? accept(proposed.when())
                        : new Reading(ReplyIntent.OTHER_TIME, null, proposed.when(), null);
            }
            if (slots.chosen().size() > 1 && !declines) {
                return accept(null);
            }
            if (!slots.refused().isEmpty() && slots.chosen().isEmpty()) {
                return Reading.of(otherTimePhrase ? ReplyIntent.OTHER_TIME : ReplyIntent.NO);
            }
            if (clearlyDeclines && !firm) {
                return Reading.of(ReplyIntent.NO);
            }
            if (!firm && anyPhrase(Lexicon.DEFERS, false)) {
                return Reading.unclear(); // "let me check with my wife", "I'll confirm later today"
            }
            if (onlyThanks()) {
                return Reading.unclear();
            }
            if (anySlot && !declines && !refusalWord()) {
                return accept(null);
            }
            if (onlyAgrees()) {
                return accept(null);
            }
            return null;
        }

        /** "not", "can't", "neither": any word that turns something down. */
        private boolean refusalWord() {
            for (String w : words.words) {
                if (Lexicon.REFUSALS.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        /** Every slot number found stands in a sentence that asks ("2? what does that mean"). */
        private boolean chosenOnlyAsking() {
            for (int i : slots.claimed()) {
                if (!words.asks(i)) {
                    return false;
                }
            }
            return true;
        }

        /** Only thanks: not a yes to anything. */
        private boolean onlyThanks() {
            boolean thanks = false;
            for (String w : words.words) {
                if (!Character.isLetterOrDigit(w.charAt(0))) {
                    continue;
                }
                if (w.equals("thanks") || w.equals("thank")) {
                    thanks = true;
                } else if (!Set.of("you", "so", "much", "very", "a", "lot", "again", "emojiyes", "emoji", "for",
                        "that", "this").contains(w)) {
                    return false;
                }
            }
            return thanks;
        }

        /** Nothing but agreement and politeness: "ok", "sounds good!", "yes thank you 👍". */
        private boolean onlyAgrees() {
            boolean core = false;
            for (String w : words.words) {
                if (!Character.isLetterOrDigit(w.charAt(0))) {
                    continue;
                }
                if (!Lexicon.AGREEING_WORDS.contains(w)) {
                    return false;
                }
                core |= Lexicon.AGREEING_CORE.contains(w);
            }
            return core;
        }

        /** The model's reading of what the rules left open. */
        Reading fromModel(Guess guess) {
            if (guess.probability() < LEAST_CONFIDENCE) {
                return Reading.unclear();
            }
            return switch (guess.label()) {
                case ACCEPT -> accept(proposed == null ? null : proposed.when());
                case NO -> Reading.of(ReplyIntent.NO);
                case OTHER_TIME -> new Reading(ReplyIntent.OTHER_TIME, null, proposed == null ? null : proposed.when(),
                        null);
                case QUESTION -> Reading.of(ReplyIntent.QUESTION);
                case UNCLEAR -> Reading.unclear();
            };
        }

        /** A plain agreement: the only slot of a one-slot offer, else "yes" to one of them. */
        private Reading accept(When when) {
            if (context.slotCount() == 1) {
                return new Reading(ReplyIntent.CHOOSE_SLOT, 1, null, null);
            }
            return new Reading(ReplyIntent.YES, null, when, null);
        }

        /**
         * With the offered slots known, a day or time that names one of them picks it ("wednesday works" after a
         * Tuesday and a Wednesday slot), and one that names none asks for another time.
         */
        Reading matchOfferedSlots(Reading reading) {
            if (context.slots().isEmpty() || reading.when() == null
                    || !(reading.intent() == ReplyIntent.YES || reading.intent() == ReplyIntent.OTHER_TIME)) {
                return reading;
            }
            ZoneId zone = context.zone();
            When when = reading.when();
            List<Integer> matching = new ArrayList<>();
            for (int i = 0; i < context.slots().size(); i++) {
                TimeSlot slot = context.slots().get(i);
                LocalDateTime from = slot.arrivalFrom().atZone(zone).toLocalDateTime();
                LocalDateTime to = slot.arrivalTo().atZone(zone).toLocalDateTime();
                boolean sameDay = from.toLocalDate().equals(when.date());
                boolean fits = when.time() == null ? sameDay
                        : !when.date().atTime(when.time()).isBefore(from) && when.date().atTime(when.time()).isBefore(to);
                if (fits) {
                    matching.add(i + 1);
                }
            }
            if (matching.size() == 1) {
                return new Reading(ReplyIntent.CHOOSE_SLOT, matching.get(0), when, reading.address());
            }
            if (matching.isEmpty() && reading.intent() == ReplyIntent.YES) {
                return new Reading(ReplyIntent.OTHER_TIME, null, when, reading.address());
            }
            return reading;
        }

        /** "another day would be better", "can we do another time?": asked for, not a polite no. */
        private static boolean hasDigit(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isDigit(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        /** "can we reschedule?", "I need to reschedule" (but not "can I reschedule later if something comes up?"). */
        private boolean reschedule() {
            int at = words.find("reschedule", 0);
            if (at < 0) {
                at = words.find("rebook", 0);
            }
            if (at < 0) {
                return false;
            }
            int s = words.sentence[at];
            for (int i = 0; i < words.size(); i++) {
                if (words.sentence[i] == s && (words.get(i).equals("if") || words.get(i).equals("policy"))) {
                    return false;
                }
            }
            return true;
        }

        private boolean anotherAsked() {
            for (int at = 0; at < words.size(); at++) {
                if (Lexicon.ANOTHER.at(words, at) && (words.asks(at) || proposalCue(words.sentence[at])
                        && !anyPhrase(MAYBE_LATER, false))) {
                    return true;
                }
            }
            return false;
        }

        /** "no", "nope, sorry": a reply that opens with no and does not go on to agree. */
        private boolean startsWithNo() {
            return words.get(0).equals("no") && !words.get(1).equals("problem") && !words.get(1).equals("worries")
                    && !words.get(1).equals("rush");
        }

        private boolean asksForAnotherTime() {
            if (timeQuestion) {
                return true;
            }
            if (otherTimePhrase && !infoQuestion) {
                return true;
            }
            if (proposed != null && !postpones && !infoSentences.contains(words.sentence[proposed.from()])
                    && !namesAnOfferedSlot(proposed)
                    && (proposedHasCue || ((declines || anyRefused()) && !agreedInClause(proposed)))) {
                return true;
            }
            return pluralTime && (anyPhrase(WANTS_PLURAL, false))
                    && !infoQuestion;
        }

        /** "wednesday works", "tomorrow is great", "the morning one": agrees to the time rather than asking for it. */
        private boolean acceptsTheTime() {
            if (proposedHasCue) {
                return false;
            }
            if (namesAnOfferedSlot(proposed)) {
                return true;
            }
            return declines ? agreedInClause(proposed) : accepts;
        }

        /** "the wednesday slot", "the morning one", "the 1-3 slot": a time followed by a word for a slot. */
        private boolean namesAnOfferedSlot(TimeMention m) {
            for (int i = m.to(); i < Math.min(words.size(), m.to() + 2); i++) {
                String w = words.get(i);
                if (Set.of("one", "slot", "option", "appointment", "appt", "window", "time", "opening", "spot")
                        .contains(w)) {
                    return true;
                }
                if (!w.equals("am") && !w.equals("pm")) {
                    break;
                }
            }
            return false;
        }

        /** "tomorrow doesn't work, wednesday is fine": agreement in the clause of the time itself. */
        private boolean agreedInClause(TimeMention m) {
            int clause = words.clause[m.from()];
            int start = m.from();
            while (start > 0 && words.clause[start - 1] == clause) {
                start--;
            }
            int end = m.to();
            while (end < words.size() && words.clause[end] == clause) {
                end++;
            }
            if (m.to() < words.size() && Set.of("will", "does", "would", "is").contains(words.get(m.to()))
                    && (m.to() + 1 >= end || !Character.isLetterOrDigit(words.get(m.to() + 1).charAt(0)))) {
                return true; // "... but tuesday will"
            }
            return phraseIn(AGREES, start, end) && !proposalCue(words.sentence[m.from()]);
        }

        private boolean anyRefused() {
            for (boolean r : refusedMention) {
                if (r) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a day or time is turned down by its clause ("can't do tuesday", "wednesday is bad"). */
        private boolean refused(TimeMention m) {
            String before = words.get(m.from() - 1);
            if (before.equals("until") || before.equals("till") || before.equals("after")) {
                return false;
            }
            int clause = words.clause[m.from()];
            int start = m.from();
            while (start > 0 && words.clause[start - 1] == clause) {
                start--;
            }
            int end = m.to();
            while (end < words.size() && words.clause[end] == clause) {
                end++;
            }
            for (int i = start; i < end; i++) {
                if (i >= m.from() && i < m.to()) {
                    continue;
                }
                String w = words.get(i);
                if (Lexicon.REFUSALS.contains(w)) {
                    // "no" only refuses as its own word before the day: "no, friday" is a new clause anyway
                    if (w.equals("no") && (words.get(i + 1).equals("problem") || words.get(i + 1).equals("worries"))) {
                        continue;
                    }
                    return true;
                }
            }
            return Lexicon.REFUSAL_PHRASES.in(words, start, end);
        }

        private boolean proposalCue(int sentence) {
            int start = 0;
            while (start < words.size() && words.sentence[start] != sentence) {
                start++;
            }
            int end = start;
            while (end < words.size() && words.sentence[end] == sentence) {
                end++;
            }
            for (int i = start; i < end; i++) {
                if (Lexicon.PROPOSAL_WORDS.contains(words.get(i))) {
                    return true;
                }
            }
            return Lexicon.PROPOSAL_PHRASES.in(words, start, end);
        }

        private void classifyQuestions() {
            int n = words.size();
            int start = 0;
            for (int s = 0; s < words.asks.length; s++) {
                int end = start;
                while (end < n && words.sentence[end] == s) {
                    end++;
                }
                if (words.asks[s] && end > start) {
                    classifySentence(s, start, end);
                } else if (end > start && indirectQuestion(start, end)) {
                    infoQuestion = true;
                    infoSentences.add(s);
                    indirectSentences.add(s);
                    hold |= holds(s, start, end) || phraseIn(Lexicon.HOLDS, start, end)
                            || phraseIn(Lexicon.CONDITIONS, start, end);
                }
                start = end;
            }
        }

        private void classifySentence(int sentence, int start, int end) {
            boolean habit = phraseIn(Lexicon.HABIT_QUESTIONS, start, end);
            boolean topic = false;
            for (int i = start; i < end; i++) {
                if (Lexicon.QUESTION_TOPICS.contains(words.get(i)) || words.get(i).startsWith("$")) {
                    topic = true;
                }
            }
            boolean mention = false;
            for (int m = 0; m < mentions.size(); m++) {
                int at = mentions.get(m).from();
                if (at >= start && at < end && !refusedMention[m] && askedFor(mentions.get(m), sentence)) {
                    mention = true;
                }
            }
            boolean other = phraseIn(Lexicon.OTHER_TIME_PHRASES, start, end) || phraseIn(Lexicon.ANOTHER, start, end)
                    || (reschedule() && phraseIn(RESCHEDULE, start, end));
            if (phraseIn(Lexicon.POSTPONES, start, end)) {
                mention = false; // "can I let you know tomorrow?": when they will answer, not a time asked for
                other = false;
            }
            boolean plural = false;
            for (int i = start; i < end; i++) {
                if (Lexicon.PLURAL_DAYS.contains(words.get(i))) {
                    plural = true;
                }
            }
            boolean slotNamed = false;
            for (int i : slots.claimed()) {
                if (i >= start && i < end) {
                    slotNamed = true;
                }
            }
            boolean slotMention = false;
            for (int m = 0; m < mentions.size(); m++) {
                int at = mentions.get(m).from();
                if (at >= start && at < end && namesAnOfferedSlot(mentions.get(m))) {
                    slotMention = true;
                }
            }
            boolean howAbout = phraseIn(HOW_ABOUT, start, end);
            if (!habit && !topic && !slotMention && (mention || other || howAbout || (plural
                    && phraseIn(ASKS_FOR_ANY, start, end)))) {
                timeQuestion = true;
            } else if ((slotNamed || slotMention) && !topic && !habit) {
                bookingQuestion = true;
            } else if (!habit && !topic && isBookingRequest(start, end)) {
                bookingQuestion = true;
            } else if (hasContent(start, end)) {
                infoQuestion = true;
                infoSentences.add(sentence);
                hold |= holds(sentence, start, end);
            }
        }

        /**
         * A day or time in a question that asks for it: with a word that proposes or asks after openings ("can you
         * do friday?", "is friday possible?", "anything thursday?"), or nearly alone in its clause ("friday at 10?",
         * "neither works, thursday?"); not "what do I need to do before tuesday?".
         */
        private boolean askedFor(TimeMention m, int sentence) {
            if (proposalCue(sentence)) {
                return true;
            }
            int start = 0;
            while (start < words.size() && words.sentence[start] != sentence) {
                start++;
            }
            int end = start;
            while (end < words.size() && words.sentence[end] == sentence) {
                end++;
            }
            for (int i = start; i < end; i++) {
                if (Lexicon.AVAILABILITY_WORDS.contains(words.get(i))) {
                    return true;
                }
            }
            int clause = words.clause[m.from()];
            int content = 0;
            for (int i = 0; i < words.size(); i++) {
                if (words.clause[i] != clause || inAnyMention(i)) {
                    continue;
                }
                String w = words.get(i);
                if (Character.isLetterOrDigit(w.charAt(0)) && !Lexicon.LITTLE_WORDS.contains(w)
                        && !Lexicon.GREETINGS.contains(w)) {
                    content++;
                }
            }
            return content == 0;
        }

        private boolean inAnyMention(int i) {
            for (TimeMention m : mentions) {
                if (i >= m.from() && i < m.to()) {
                    return true;
                }
            }
            return false;
        }

        /** "can you book it?", "could we schedule that please?": asks to book, not about anything else. */
        private boolean isBookingRequest(int start, int end) {
            boolean verb = false;
            boolean ask = false;
            for (int i = start; i < end; i++) {
                String w = words.get(i);
                if (w.equals("book") || w.equals("schedule") || w.equals("reserve") || w.equals("confirm")
                        || w.equals("lock") || w.equals("pencil") || (w.equals("put") && words.get(i + 2).equals("down"))
                        || (w.equals("sign") && words.get(i + 2).equals("up"))) {
                    verb = true;
                }
                if ((w.equals("can") || w.equals("could") || w.equals("would") || w.equals("will"))
                        && Set.of("you", "we", "i").contains(words.get(i + 1))) {
                    ask = true;
                }
                if (Set.of("how", "what", "what's", "when", "where", "who", "why", "which", "online", "website",
                        "app", "instead", "deposit").contains(w)) {
                    return false;
                }
            }
            return verb && ask;
        }

        /** A question with something in it: not just "?" or "hmm?". */
        private boolean hasContent(int start, int end) {
            for (int i = start; i < end; i++) {
                String w = words.get(i);
                if (Character.isLetterOrDigit(w.charAt(0)) && !Lexicon.FILLERS.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        private boolean indirectQuestion(int start, int end) {
            return phraseIn(Lexicon.INDIRECT_QUESTIONS, start, end) || priceCondition(start, end);
        }

        /** "yes if it's under $200", "as long as it's less than 150": a booking that waits on the price. */
        private boolean priceCondition(int start, int end) {
            boolean amount = false;
            for (int i = start; i < end; i++) {
                String w = words.get(i);
                String next = words.get(i + 1);
                if (w.startsWith("$") || (Words.isNumber(w, 5) && (next.equals("dollars") || next.equals("bucks")
                        || next.equals("usd") || Integer.parseInt(w) >= 20 && !next.equals("am")
                        && !next.equals("pm") && !next.startsWith(":")))) {
                    amount = true;
                }
            }
            return amount && phraseIn(Lexicon.CONDITIONS, start, end);
        }

        /**
         * A hold at the head of the question, or in a short sentence just before it: "yes but how much?", "before I
         * book, are you licensed?", "Just to make sure... do you allow pets?".
         */
        private boolean holds(int sentence, int start, int end) {
            int q = words.questionStartOf(sentence);
            int head = Math.min(end, q > start ? Math.min(q, start + 4) : start + 4);
            if (phraseIn(Lexicon.HOLDS, start, head) || phraseIn(Lexicon.CONDITIONS, start, q > start ? q : end)) {
                return true;
            }
            int previousStart = start - 1;
            while (previousStart > 0 && words.sentence[previousStart - 1] == sentence - 1) {
                previousStart--;
            }
            return sentence > 0 && start - previousStart <= 7 && !words.asks[sentence - 1]
                    && phraseIn(Lexicon.HOLDS, previousStart, start);
        }

        private boolean addressAsked(String plain, Addresses.Found found) {
            int mark = plain.indexOf('?', found.start());
            if (mark < 0) {
                return false;
            }
            // the question mark belongs to the address's own sentence
            String between = plain.substring(found.end(), mark);
            return !between.contains(".") && !between.contains("!") && !between.contains("\n");
        }

        private boolean anyWord(Set<String> set) {
            for (String w : words.words) {
                if (set.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        private boolean anyPhrase(Phrases phrases, boolean outsideQuestions) {
            for (int i = 0; i < words.size(); i++) {
                if (phrases.at(words, i) && (!outsideQuestions || !words.asks(i))) {
                    return true;
                }
            }
            return false;
        }

        private boolean phraseIn(Phrases phrases, int start, int end) {
            return phrases.in(words, start, end);
        }

        /** A phrase in a sentence that asks nothing, or before the question in one that does ("yes please, who ..."). */
        private boolean phraseOutsideQuestions(Phrases phrases) {
            for (int at = 0; at < words.size(); at++) {
                if (phrases.at(words, at) && ((!words.asks(at) && !indirectSentences.contains(words.sentence[at]))
                        || beforeQuestion(at))) {
                    return true;
                }
            }
            return false;
        }

        private boolean beforeQuestion(int index) {
            return words.questionStartOf(words.sentence[index]) > index;
        }

        /** What the rules found, as features for the model. */
        List<String> signals() {
            List<String> s = new ArrayList<>();
            if (!mentions.isEmpty()) {
                s.add("mention");
            }
            if (proposed != null) {
                s.add(proposedHasCue ? "proposed-cue" : "proposed");
            }
            if (anyRefused()) {
                s.add("refused-time");
            }
            if (infoQuestion) {
                s.add("info-question");
            }
            if (timeQuestion) {
                s.add("time-question");
            }
            if (bookingQuestion) {
                s.add("booking-question");
            }
            if (hold) {
                s.add("hold");
            }
            if (firm) {
                s.add("firm");
            }
            if (accepts) {
                s.add("accepts");
            }
            if (declines) {
                s.add("declines");
            }
            if (otherTimePhrase) {
                s.add("other-time");
            }
            if (pluralTime) {
                s.add("plural-time");
            }
            if (!slots.chosen().isEmpty()) {
                s.add("slot");
            }
            if (!slots.refused().isEmpty()) {
                s.add("slot-refused");
            }
            if (words.anyQuestion()) {
                s.add("asks");
            }
            s.add("slots:" + Math.min(context.slotCount(), 3));
            return s;
        }

        Optional<LocalDate> proposedDate() {
            return proposed == null ? Optional.empty() : Optional.of(proposed.when().date());
        }
    }
}
