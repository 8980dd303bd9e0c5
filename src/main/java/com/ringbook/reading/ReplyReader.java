package com.ringbook.reading;

import com.ringbook.domain.Keyword;
import com.ringbook.reading.IntentModel.Guess;
import com.ringbook.reading.IntentModel.Label;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 *
 * <p>This class is the way in: it reads the carrier's keywords, hands the rest to {@link Analysis} (the rules, in
 * that order) and what they leave open to {@link ModelFallback}, and trains the model on the labelled replies.
 */
public final class ReplyReader {

    /** Longer than the longest text a phone sends as one message (ten segments): not a reply to read. */
    public static final int LONGEST_REPLY = 1600;

    /** The labelled replies the standard reader learns from, on the class path beside this class. */
    static final String TRAINING_RESOURCE = "replies-train.tsv";

    /** The moment training replies are read at: it only decides whether a reply names a time, never its answer. */
    private static final ZonedDateTime TRAINING_NOW =
            LocalDateTime.of(2026, 11, 23, 14, 0).atZone(ZoneId.of("America/New_York"));

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
            reading = ModelFallback.fromModel(a, guess);
        }
        return OfferedSlots.matchOfferedSlots(a, reading);
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
        return ModelFallback.fromModel(a, new Guess(guess.label(), 1.0));
    }
}
