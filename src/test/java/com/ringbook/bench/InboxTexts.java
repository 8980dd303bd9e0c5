package com.ringbook.bench;

import java.util.List;
import java.util.Random;

/**
 * What the bench's customers and staff write: a small vocabulary of trades-job phrases (so common words
 * repeat in most threads, as they do at a real plumbing or HVAC shop) plus, in about a quarter of the
 * texts, a word nobody else used (a street, a reference), so a word index has a long tail as it would.
 */
final class InboxTexts {
    /**
     * Appears only in an older (never the latest) customer text of {@link InboxScaleBench#MARKER_THREADS}
     * threads; in no name, no preview and no other phrase here.
     */
    static final String MARKER = "soffit";

    static final String TEXT_BACK = "Sorry we missed your call! This is Ace Plumbing & Air. How can we help? Reply STOP to opt out.";

    private static final List<String> CUSTOMER = List.of(
            "Kitchen sink is leaking under the cabinet",
            "Water heater not working, no hot water since yesterday",
            "AC stopped cooling, blowing warm air",
            "Furnace is making a banging noise when it starts",
            "Toilet keeps running all night",
            "Breaker keeps tripping when the dryer runs",
            "Garbage disposal is jammed and humming",
            "Need a quote for a new bathroom faucet",
            "Basement floor drain is backing up",
            "Can someone come tomorrow morning?",
            "Is Thursday afternoon possible?",
            "How much is a service call?",
            "Yes that works for us",
            "Thanks!",
            "Can you do after 3pm? I work until then",
            "The pipe under the bathroom vanity burst",
            "Outlet in the garage is sparking",
            "Thermostat screen is blank",
            "Sump pump is not kicking on",
            "Shower drain is really slow",
            "We smell gas near the water heater",
            "Dishwasher not draining",
            "Low water pressure in the whole house",
            "Heat pump froze over last night",
            "2",
            "1",
            "Ok see you then",
            "Do you take credit cards?",
            "Gate code is 4411, dog is friendly",
            "Running 10 min late? No problem");

    private static final List<String> STAFF = List.of(
            "Thanks for reaching out! What is going on?",
            "We can come Tuesday between 8 and 10am, does that work?",
            "Our service call is $89, applied to the repair",
            "Booked! Our tech will text when on the way",
            "Could you send a photo of the unit and its label?",
            "What is the address for the job?",
            "Is the water shut off at the main for now?",
            "We have 1) Wed 9-11am or 2) Thu 1-3pm. Reply 1 or 2",
            "Our tech is on the way, about 20 minutes out",
            "Thanks, see you then!",
            "Sorry, we are fully booked today. Tomorrow 8am?",
            "Please turn the breaker off until we get there");

    private static final List<String> CLOSERS = List.of(
            "Thanks for the quick work today!", "All good now, thank you", "Never mind, we found someone else",
            "We will call back next week", "Invoice paid, thanks");

    private static final List<String> FIRST = List.of("Maria", "James", "Linda", "Robert", "Patricia", "Michael",
            "Jennifer", "David", "Elizabeth", "William", "Susan", "Carlos", "Nguyen", "Aisha", "Tom", "Grace",
            "Priya", "Omar", "Hannah", "Luis", "Mei", "Dmitri", "Fatima", "Kevin", "Rosa");
    private static final List<String> LAST = List.of("Garcia", "Smith", "Johnson", "Lee", "Brown", "Martinez",
            "Nguyen", "Davis", "Wilson", "Anderson", "Patel", "Kim", "Lopez", "Clark", "Walker", "Young", "Hall",
            "Okafor", "Schmidt", "Rossi", "Cohen", "Ivanova", "Tanaka", "Murphy", "Singh");
    private static final String[] SYLLABLES = {"ka", "lo", "mer", "vin", "dra", "tol", "bre", "sa", "nix", "por",
            "el", "qua", "ri", "ton", "ve", "zan", "mu", "dor", "fi", "gal"};

    private InboxTexts() {
    }

    static String customer(Random random) {
        return withDetail(CUSTOMER.get(random.nextInt(CUSTOMER.size())), random);
    }

    static String staff(Random random) {
        return withDetail(STAFF.get(random.nextInt(STAFF.size())), random);
    }

    static String closer(Random random) {
        return CLOSERS.get(random.nextInt(CLOSERS.size()));
    }

    /** An older customer text holding the marker word. */
    static String withMarker(Random random) {
        return "Also the " + MARKER + " over the garage is rotting, can you look at that too? " + customer(random);
    }

    static String name(Random random) {
        return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
    }

    /** A quarter of texts carry a detail of their own: a street or a reference made of random syllables. */
    private static String withDetail(String phrase, Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> phrase + ", we are at " + (100 + random.nextInt(9900)) + " " + coined(random) + " St";
            case 1 -> phrase + " (ref " + coined(random).toUpperCase(java.util.Locale.ROOT) + random.nextInt(100) + ")";
            default -> phrase;
        };
    }

    private static String coined(Random random) {
        StringBuilder word = new StringBuilder();
        int parts = 2 + random.nextInt(2);
        for (int i = 0; i < parts; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }
}
