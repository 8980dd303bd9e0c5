package com.ringbook.reading;

import com.ringbook.reading.DateResolver.TimeMention;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules find in one reply, and the decision they make from it (null: the model decides). The cascade's order
 * lives here in {@link #decide()}; its steps are in {@link Questions}, {@link TimeRequests} and {@link Agreement}.
 */
final class Analysis {
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
            refusedMention[m] = TimeRequests.refused(this, mentions.get(m));
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
            boolean hasCue = TimeRequests.proposalCue(this, words.sentence[mention.from()]);
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
        this.otherTimePhrase = anyPhrase(Lexicon.OTHER_TIME_PHRASES, false) || TimeRequests.anotherAsked(this)
                || TimeRequests.reschedule(this);
        this.postpones = anyPhrase(Lexicon.POSTPONES, false);
        this.clearlyDeclines = anyPhrase(Lexicon.CLEAR_DECLINES, true) || Agreement.startsWithNo(this);
        this.anySlot = anyPhrase(Lexicon.ANY_SLOT, true);
        Questions.classifyQuestions(this);
        this.firm = phraseOutsideQuestions(Lexicon.FIRM_ACCEPTANCE);
        this.accepts = phraseOutsideQuestions(Lexicon.ACCEPTANCE);
        this.declines = anyPhrase(Lexicon.DECLINE_PHRASES, true);
    }

    /** The rules' reading, or null when they leave it to the model. */
    Reading decide() {
        if (hold && infoQuestion) {
            return Reading.of(ReplyIntent.QUESTION);
        }
        if (slots.chosen().size() == 1 && !(infoQuestion && Questions.chosenOnlyAsking(this))) {
            int slot = slots.chosen().iterator().next();
            return new Reading(ReplyIntent.CHOOSE_SLOT, slot, null, address == null ? null : address.address());
        }
        if (address != null && !addressInQuestion) {
            return new Reading(ReplyIntent.ADDRESS, null, null, address.address());
        }
        if (TimeRequests.asksForAnotherTime(this)) {
            return new Reading(ReplyIntent.OTHER_TIME, null, proposed == null ? null : proposed.when(), null);
        }
        if (infoQuestion) {
            return firm ? Agreement.accept(this, null) : Reading.of(ReplyIntent.QUESTION);
        }
        if (bookingQuestion) {
            return Agreement.accept(this, proposed == null ? null : proposed.when());
        }
        if (proposed != null) {
            if (postpones) {
                return anyPhrase(Lexicon.DEFERS, false) && !declines ? Reading.unclear() : Reading.of(ReplyIntent.NO);
            }
            return TimeRequests.acceptsTheTime(this) ? Agreement.accept(this, proposed.when())
                    : new Reading(ReplyIntent.OTHER_TIME, null, proposed.when(), null);
        }
        if (slots.chosen().size() > 1 && !declines) {
            return Agreement.accept(this, null);
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
        if (Agreement.onlyThanks(this)) {
            return Reading.unclear();
        }
        if (anySlot && !declines && !Agreement.refusalWord(this)) {
            return Agreement.accept(this, null);
        }
        if (Agreement.onlyAgrees(this)) {
            return Agreement.accept(this, null);
        }
        return null;
    }

    /** Whether the text has a digit at all: an address needs one. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    boolean addressAsked(String plain, Addresses.Found found) {
        int mark = plain.indexOf('?', found.start());
        if (mark < 0) {
            return false;
        }
        // the question mark belongs to the address's own sentence
        String between = plain.substring(found.end(), mark);
        return !between.contains(".") && !between.contains("!") && !between.contains("\n");
    }

    boolean anyWord(Set<String> set) {
        for (String w : words.words) {
            if (set.contains(w)) {
                return true;
            }
        }
        return false;
    }

    boolean anyPhrase(Phrases phrases, boolean outsideQuestions) {
        for (int i = 0; i < words.size(); i++) {
            if (phrases.at(words, i) && (!outsideQuestions || !words.asks(i))) {
                return true;
            }
        }
        return false;
    }

    boolean phraseIn(Phrases phrases, int start, int end) {
        return phrases.in(words, start, end);
    }

    /** A phrase in a sentence that asks nothing, or before the question in one that does ("yes please, who ..."). */
    boolean phraseOutsideQuestions(Phrases phrases) {
        for (int at = 0; at < words.size(); at++) {
            if (phrases.at(words, at) && ((!words.asks(at) && !indirectSentences.contains(words.sentence[at]))
                    || beforeQuestion(at))) {
                return true;
            }
        }
        return false;
    }

    boolean beforeQuestion(int index) {
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
        if (TimeRequests.anyRefused(this)) {
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
