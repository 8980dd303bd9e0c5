package com.ringbook.demo;

import java.util.List;
import java.util.Random;

/**
 * What the demo's customers text, the way people text (lower case, few full stops), and what the
 * front desk answers. Staff's qualifying questions are not here: they come from Settings.
 */
final class DemoLines {

    private DemoLines() {
    }

    static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** How soon the customer wants someone, as the lead card says it, and how they put it. */
    enum Urgency {
        TODAY("Today", List.of(
                "yes its leaking right now, water on the floor",
                "pretty urgent, cant use it at all",
                "asap please, its getting worse",
                "yes!! water everywhere",
                "kind of urgent, we have little kids at home")),
        THIS_WEEK("This week", List.of(
                "not leaking, just annoying. sometime this week would be great",
                "not an emergency but would like it fixed soon",
                "its still working just not great",
                "no leak right now. this week if you can")),
        FLEXIBLE("Flexible", List.of(
                "no rush, whenever you have an opening",
                "not urgent at all",
                "nothing urgent, were pretty flexible"));

        final String label;
        final List<String> answers;

        Urgency(String label, List<String> answers) {
            this.label = label;
            this.answers = answers;
        }
    }

    /**
     * One kind of job the shop does: its name as Settings spell it, what a customer says about it, what
     * such jobs are worth (whole dollars, in steps) and how urgent they tend to be.
     */
    record JobKind(String type, int weight, List<String> problems, int minDollars, int maxDollars, int stepDollars,
                   int today, int thisWeek, int flexible, String price) {

        int value(Random random) {
            return minDollars + stepDollars * random.nextInt((maxDollars - minDollars) / stepDollars + 1);
        }

        Urgency urgency(Random random) {
            int roll = random.nextInt(today + thisWeek + flexible);
            return roll < today ? Urgency.TODAY : roll < today + thisWeek ? Urgency.THIS_WEEK : Urgency.FLEXIBLE;
        }
    }

    static final List<JobKind> JOBS = List.of(
            new JobKind("Diagnosis / repair", 40, List.of(
                    "water leaking under the kitchen sink, can someone come look",
                    "our furnace is blowing cold air",
                    "toilet runs constantly and the handle is broken",
                    "no hot water since this morning",
                    "garbage disposal hums but wont turn",
                    "ac isnt cooling, fan runs but the air is warm",
                    "pipe under the bathroom sink is dripping pretty bad",
                    "thermostat is blank and the heat wont come on",
                    "outdoor spigot is leaking into the crawl space",
                    "shower valve is stuck, cant turn the water off all the way"),
                    180, 650, 5, 45, 45, 10,
                    "Our service call is $89 and goes toward the repair; most fixes like this land between $200 and $500. "
                            + "We always quote before any work."),
            new JobKind("Drain cleaning", 30, List.of(
                    "my kitchen sink is backed up",
                    "shower drain is super slow and now the tub fills up when the washer runs",
                    "toilet keeps clogging, plunger isnt doing it anymore",
                    "basement floor drain is backing up",
                    "main line backed up i think, water coming up in the downstairs shower",
                    "bathroom sink wont drain at all"),
                    225, 450, 25, 40, 50, 10,
                    "Drain clearing usually runs $250-350, and we confirm the price before we start."),
            new JobKind("Maintenance visit", 15, List.of(
                    "looking to get the furnace serviced before it gets cold",
                    "can we schedule a tune up for our ac",
                    "need the water heater flushed, its been a few years",
                    "would like someone to check our sump pump"),
                    129, 189, 10, 0, 25, 75,
                    "A tune-up is $149 flat, parts extra if anything needs replacing."),
            new JobKind("Water heater install", 15, List.of(
                    "water heater is leaking from the bottom, pretty sure its done. 12 yrs old",
                    "looking for a quote on replacing our water heater, 50 gal gas",
                    "interested in a tankless water heater, do you do installs?",
                    "water heater pilot wont stay lit and its 15 years old, thinking its time to replace"),
                    1650, 3400, 50, 30, 50, 20,
                    "Most water heater replacements run $1,800-2,800 installed, depending on size and gas or electric. "
                            + "We give an exact quote on site."));

    static JobKind jobKind(Random random) {
        int total = JOBS.stream().mapToInt(JobKind::weight).sum();
        int roll = random.nextInt(total);
        for (JobKind kind : JOBS) {
            roll -= kind.weight();
            if (roll < 0) {
                return kind;
            }
        }
        throw new AssertionError();
    }

    static final List<String> VAGUE_FIRST = List.of(
            "hi yes, need a plumber", "hey sorry missed you. need someone to look at something", "hi",
            "yes hi, i called about a problem at my house", "hello, are you guys available this week?");

    static final List<String> PRICE_QUESTIONS = List.of(
            "how much do you charge?", "how much for something like that?", "whats your rate?", "ballpark price?",
            "do you charge for estimates?");

    static final List<String> TOO_EXPENSIVE = List.of(
            "ok thats more than i wanted to spend, thanks anyway", "hmm ok. gonna get a couple other quotes first",
            "too pricey for us right now, thanks", "ok thanks, let me talk to my husband and get back to you");

    static final List<String> WENT_ELSEWHERE = List.of(
            "nvm got someone coming today, thanks though", "actually my neighbor knows a guy, were all set",
            "never mind, my brother in law fixed it", "ok we got it handled, thanks anyway");

    static final List<String> TOO_LATE = List.of(
            "those are too far out, found someone for today. thanks", "cant do either of those, well find someone else",
            "need it sooner than that, sorry", "sorry we found someone who could come sooner");

    static final List<String> WRONG_NUMBER = List.of(
            "sorry wrong number", "i didnt mean to call you, sorry", "sorry meant to call my landlord");

    static final List<String> SALES = List.of(
            "Hi! This is Kyle with BrightPath Leads. We help local contractors get 20+ new jobs a month, got 5 min to chat?",
            "Hello, we offer business funding up to $250k with same day approval. Reply YES for details",
            "Your Google Business listing is not verified. Call us today to avoid being removed from Maps.");

    static final List<String> STOPS = List.of("STOP", "stop", "Stop");

    static final List<String> SAME_ADDRESS = List.of("yes same place", "yep same address", "yes thats right");

    static final List<String> THANKS_AFTER_CANCEL = List.of("thanks!", "ok thank you", "thx, will call if it comes back");

    static final List<String> REBOOK = List.of("no worries, just text me when you have something",
            "ok thanks for letting me know. text me some times after that", "thats fine, just let me know when you can come");

    static final List<String> SLOT_TAKEN = List.of("Sorry, that time just got taken. Here's what's open now: ",
            "Ah, that one's gone now, sorry! Next openings: ");

    static final List<String> OFFER_INTROS = List.of("Thanks {first}! Here's what we have open: ", "Great, thanks. Our next openings: ",
            "Perfect, we can come out ", "Got it. We have ");

    static final List<String> ACKS = List.of("Got it, thanks. ", "Ok, sounds good. ", "Understood. ", "Got it. ");

    /** The customer's pick of a numbered slot, as people write it. */
    static String choice(Random random, int number, int offered) {
        if (offered == 1) {
            return pick(random, List.of("yes that works", "yes please", "yes, see you then"));
        }
        List<String> ways = number == 1
                ? List.of("1 works", "1 please", "the first one works", "#1", "lets do 1", "option 1 is good", "1")
                : List.of("2 works", "2 please", "the second one", "#2", "lets do 2", "2 is better for us", "yes 2 works");
        return pick(random, ways);
    }
}
