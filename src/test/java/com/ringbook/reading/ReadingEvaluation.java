package com.ringbook.reading;

import com.ringbook.reading.ReplyReader.LabelledReply;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Measures the reader on a part of the labelled corpus (src/test/resources/reading): per intent, per group (accept,
 * decline, question), the time an other_time reply names, and questions read as bookings.
 *
 * <p>The corpus's replies are read as answers to "Tue Nov 24, 9-11 AM or Wed Nov 25, 1-3 PM: reply 1 or 2" (or
 * one or three slots, as each line says) sent by a business in New York, read on Monday 23 November 2026 at 14:00.
 *
 * <p>Run it: {@code mvn -q test-compile} then {@code java -cp target/test-classes:target/classes:...
 * com.ringbook.reading.ReadingEvaluation dev} (add {@code --errors} to list what it gets wrong: on the dev part
 * only; the test part is measured, never studied), {@code --who} to see how much the rules and the model each read.
 */
public final class ReadingEvaluation {

    /** When the corpus's replies are read. */
    static final ZonedDateTime NOW = LocalDateTime.of(2026, 11, 23, 14, 0).atZone(ZoneId.of("America/New_York"));

    /** The corpus's parts: train (the reader learns from it), dev (rules tuned on it), test (measured once). */
    static final List<String> PARTS = List.of("train", "dev", "test");

    static List<LabelledReply> part(String name) {
        String resource = "/reading/replies-" + name + ".tsv";
        try (InputStream in = ReadingEvaluation.class.getResourceAsStream(resource)) {
            return ReplyReader.LabelledReply.read(Objects.requireNonNull(in, resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One reply read, beside what it means. */
    record Outcome(LabelledReply gold, Reading read) {
        boolean intentRight() {
            return gold.intent() == read.intent();
        }

        boolean questionBooked() {
            return gold.intent() == ReplyIntent.QUESTION && read.intent().accepts();
        }
    }

    /** The figures for one part of the corpus. */
    record Report(String part, List<Outcome> outcomes) {

        static Report of(String part, ReplyReader reader) {
            List<Outcome> outcomes = new ArrayList<>();
            for (LabelledReply r : ReadingEvaluation.part(part)) {
                outcomes.add(new Outcome(r, reader.read(r.reply(), new ReplyContext(NOW, r.slots(), List.of()))));
            }
            return new Report(part, outcomes);
        }

        long questionsBooked() {
            return outcomes.stream().filter(Outcome::questionBooked).count();
        }

        /** Share of replies of these intents read as one of the intents of their group. */
        double group(List<ReplyIntent> group) {
            long n = 0;
            long right = 0;
            for (Outcome o : outcomes) {
                if (group.contains(o.gold().intent())) {
                    n++;
                    if (group.contains(o.read().intent())) {
                        right++;
                    }
                }
            }
            return n == 0 ? Double.NaN : (double) right / n;
        }

        long count(List<ReplyIntent> group) {
            return outcomes.stream().filter(o -> group.contains(o.gold().intent())).count();
        }

        /** Declines naming a time: read as other_time with exactly that time. */
        long[] whenRight() {
            long n = 0;
            long right = 0;
            for (Outcome o : outcomes) {
                if (o.gold().intent() == ReplyIntent.OTHER_TIME && o.gold().when() != null) {
                    n++;
                    if (o.read().intent() == ReplyIntent.OTHER_TIME && o.gold().when().equals(o.read().when())) {
                        right++;
                    }
                }
            }
            return new long[] {right, n};
        }

        double overall() {
            return (double) outcomes.stream().filter(Outcome::intentRight).count() / outcomes.size();
        }

        void print(PrintStream out) {
            out.printf(Locale.ROOT, "%n== %s part: %d replies ==%n", part, outcomes.size());
            out.printf(Locale.ROOT, "%-13s %5s %8s%n", "intent", "n", "exact");
            Map<ReplyIntent, long[]> perIntent = new EnumMap<>(ReplyIntent.class);
            for (Outcome o : outcomes) {
                long[] c = perIntent.computeIfAbsent(o.gold().intent(), k -> new long[2]);
                c[0]++;
                if (o.intentRight()) {
                    c[1]++;
                }
            }
            perIntent.forEach((intent, c) -> out.printf(Locale.ROOT, "%-13s %5d %8.3f%n", intent.wireName(), c[0],
                    (double) c[1] / c[0]));
            Map<String, List<ReplyIntent>> groups = new LinkedHashMap<>();
            groups.put("accept", List.of(ReplyIntent.CHOOSE_SLOT, ReplyIntent.YES));
            groups.put("decline", List.of(ReplyIntent.NO, ReplyIntent.OTHER_TIME));
            groups.put("question", List.of(ReplyIntent.QUESTION));
            out.printf(Locale.ROOT, "%-13s %5s %8s%n", "group", "n", "right");
            groups.forEach((name, g) -> out.printf(Locale.ROOT, "%-13s %5d %8.3f%n", name, count(g), group(g)));
            long[] when = whenRight();
            out.printf(Locale.ROOT, "other_time naming a time, read with that time: %d/%d = %.3f%n", when[0], when[1],
                    when[1] == 0 ? Double.NaN : (double) when[0] / when[1]);
            long slotRight = outcomes.stream().filter(o -> o.gold().intent() == ReplyIntent.CHOOSE_SLOT
                    && o.read().intent() == ReplyIntent.CHOOSE_SLOT && Objects.equals(o.gold().slot(), o.read().slot()))
                    .count();
            long slotN = outcomes.stream().filter(o -> o.gold().intent() == ReplyIntent.CHOOSE_SLOT).count();
            out.printf(Locale.ROOT, "choose_slot with the right slot: %d/%d%n", slotRight, slotN);
            out.printf(Locale.ROOT, "questions read as a booking: %d%n", questionsBooked());
            out.printf(Locale.ROOT, "all intents exact: %.3f%n", overall());
            for (String source : List.of("star", "own")) {
                List<Outcome> some = outcomes.stream().filter(o -> o.gold().source().equals(source)).toList();
                if (!some.isEmpty()) {
                    Report only = new Report(part + "/" + source, some);
                    out.printf(Locale.ROOT, "  from %s: %d replies, %.3f exact; accept %d %.3f, decline %d %.3f, "
                                    + "question %d %.3f%n", source, some.size(),
                            (double) some.stream().filter(Outcome::intentRight).count() / some.size(),
                            only.count(groups.get("accept")), only.group(groups.get("accept")),
                            only.count(groups.get("decline")), only.group(groups.get("decline")),
                            only.count(groups.get("question")), only.group(groups.get("question")));
                }
            }
        }

        /**
         * How the work divides: replies the rules decide and those the model decides (each with its share right by
         * group: accept, decline, question, unclear), and the model alone on all of them. Keywords, addresses and
         * what cannot be read are left out.
         */
        void printWhoDecides(PrintStream out, ReplyReader reader) {
            int rules = 0;
            int rulesRight = 0;
            int model = 0;
            int modelRight = 0;
            int all = 0;
            int aloneRight = 0;
            for (Outcome o : outcomes) {
                ReplyIntent gold = o.gold().intent();
                if (group(gold) < 0) {
                    continue;
                }
                ReplyContext context = new ReplyContext(NOW, o.gold().slots(), List.of());
                ReplyReader.Decider decider = reader.decider(o.gold().reply(), context);
                if (decider == null) {
                    continue;
                }
                all++;
                boolean right = group(o.read().intent()) == group(gold);
                if (decider == ReplyReader.Decider.RULES) {
                    rules++;
                    rulesRight += right ? 1 : 0;
                } else {
                    model++;
                    modelRight += right ? 1 : 0;
                }
                aloneRight += group(reader.readByModelAlone(o.gold().reply(), context).intent()) == group(gold) ? 1 : 0;
            }
            out.printf(Locale.ROOT, "rules decide %d of %d (%.3f right by group), the model %d (%.3f); the model alone "
                    + "%.3f%n", rules, all, (double) rulesRight / rules, model, model == 0 ? Double.NaN
                    : (double) modelRight / model, (double) aloneRight / all);
        }

        private static int group(ReplyIntent intent) {
            return switch (intent) {
                case CHOOSE_SLOT, YES -> 0;
                case NO, OTHER_TIME -> 1;
                case QUESTION -> 2;
                case UNCLEAR -> 3;
                default -> -1;
            };
        }

        void printErrors(PrintStream out) {
            for (Outcome o : outcomes) {
                LabelledReply g = o.gold();
                boolean whenWrong = g.intent() == ReplyIntent.OTHER_TIME && g.when() != null
                        && !g.when().equals(o.read().when());
                boolean slotWrong = g.intent() == ReplyIntent.CHOOSE_SLOT && !Objects.equals(g.slot(), o.read().slot());
                if (!o.intentRight() || whenWrong || slotWrong) {
                    out.printf(Locale.ROOT, "%-11s -> %-11s slot %s->%s when %s->%s | %s%n", g.intent().wireName(),
                            o.read().intent().wireName(), g.slot(), o.read().slot(), g.when(), o.read().when(),
                            g.reply());
                }
            }
        }
    }

    public static void main(String[] args) {
        boolean errors = List.of(args).contains("--errors");
        ReplyReader reader = ReplyReader.standard();
        for (String a : args) {
            if (a.startsWith("--")) {
                continue;
            }
            Report report = Report.of(a, reader);
            report.print(System.out);
            if (List.of(args).contains("--who")) {
                report.printWhoDecides(System.out, reader);
            }
            if (errors) {
                if (a.equals("test")) {
                    System.out.println("(the test part's errors are not listed: it is measured, never studied)");
                } else {
                    report.printErrors(System.out);
                }
            }
        }
    }
}
