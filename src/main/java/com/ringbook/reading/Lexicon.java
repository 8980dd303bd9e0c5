package com.ringbook.reading;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words and phrases the rules look for, in the canonical spellings {@link Words} produces. */
final class Lexicon {

    private Lexicon() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(List.of(words));
    }

    static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY,
            "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY,
            "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);

    /** "mondays", "weekends": a habit, not a day ("do you work saturdays?"). */
    static final Set<String> PLURAL_DAYS = set("mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
            "saturdays", "sundays", "weekends", "weekdays", "mornings", "afternoons", "evenings", "nights",
            "holidays");

    static final Map<String, Month> MONTHS = Map.ofEntries(Map.entry("january", Month.JANUARY),
            Map.entry("february", Month.FEBRUARY), Map.entry("march", Month.MARCH), Map.entry("april", Month.APRIL),
            Map.entry("may", Month.MAY), Map.entry("june", Month.JUNE), Map.entry("july", Month.JULY),
            Map.entry("august", Month.AUGUST), Map.entry("september", Month.SEPTEMBER),
            Map.entry("october", Month.OCTOBER), Map.entry("november", Month.NOVEMBER),
            Map.entry("december", Month.DECEMBER));

    /** Words that carry no decision of their own, skipped when looking for where a question starts. */
    static final Set<String> FILLERS = set("ok", "hi", "hello", "hey", "so", "and", "also", "well", "hmm", "hm",
            "hmmm", "oh", "um", "umm", "uh", "great", "thanks", "thank", "you", "sure", "yes", "no", "sorry",
            "alright", "cool", "perfect", "please", "quick", "question", "q", "awesome", "actually", "just", "wait",
            "but", "lol", "haha", "emojiyes", "emojithink", "good", "there", "guys", "then", "ah", "ahh", "oops",
            "first", "before", "one", "last", "thing", "excellent", "fine", "nice", "dear", "darn", "ugh", "again",
            "sir", "ma'am", "maam", "-", "emoji", "kk");

    /** Numbered slots in words. */
    static final Map<String, Integer> NUMBER_WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9);

    static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(Map.entry("first", 1), Map.entry("1st", 1),
            Map.entry("second", 2), Map.entry("2nd", 2), Map.entry("third", 3), Map.entry("3rd", 3),
            Map.entry("fourth", 4), Map.entry("4th", 4), Map.entry("fifth", 5), Map.entry("5th", 5),
            Map.entry("sixth", 6), Map.entry("6th", 6), Map.entry("seventh", 7), Map.entry("7th", 7),
            Map.entry("eighth", 8), Map.entry("8th", 8), Map.entry("ninth", 9), Map.entry("9th", 9));

    /** Nouns that make a number or an ordinal a slot: "option 2", "the first one", "2nd appointment". */
    static final Set<String> SLOT_NOUNS = set("one", "option", "options", "slot", "choice", "appointment", "time",
            "timeslot", "window", "opening", "available", "availability", "day", "date", "pick", "offer", "spot");

    /** Words that may follow a chosen slot's number: "2 please", "1 works", "2 is fine", "1 for me". */
    static final Set<String> AFTER_SLOT_NUMBER = set("please", "thanks", "thank", "works", "work", "is", "would",
            "sounds", "it", "for", "then", "one", "option", "slot", "definitely", "emojiyes", "emojino", "emoji",
            "lol", "if", "will", "should", "looks", "seems", "fits", "suits", "pls", "best", "good", "great",
            "perfect", "fine", "ok", "sound", "sir", "ma'am", "maam", "and", "or", "but", "yes", "is", "was", "as",
            "too", "see", "again", "cause", "because", "since", "we", "i", "my", "our", "hello", "hi", "sure",
            "absolutely", "asap", "i'll", "we'll", "i'm", "that", "at", "on", "wednesday", "tuesday", "monday",
            "thursday", "friday", "saturday", "sunday", "tomorrow", "today", "the", "gets", "suit", "does", "do",
            "pretty", "much", "better", "i'd", "we'd", "also", "thx", "please", "cheers", "bud", "man", "dude",
            "so", "should", "can", "could", "could've", "plz", "ty", "right", "there", "here", "now", "fits",
            "still", "not", "doesn't", "won't", "can't", "isn't", "wouldn't", "don't", "no", "it's", "that's",
            "sounds", "sound", "seems", "works", "workd", "wrks");

    /** Words right before a number that make it a clock time: "at 4", "around 10", "after 3". */
    static final Set<String> BEFORE_CLOCK = set("at", "@", "around", "by", "after", "from", "til", "till",
            "until", "about", "between", "before", "past", "approx", "approximately", "arround", "round",
            "b4", "bout", "earliest", "latest", "starting", "start", "anytime", "sometime", "any");

    /** The marks that make even a number that could be a slot a clock time: "at 2", "after 1". */
    static final Set<String> STRONG_BEFORE_CLOCK = set("at", "@", "around", "by", "after", "before", "until",
            "till", "til", "from", "past", "b4", "between");

    /** Words right after a number that make it a clock time. */
    static final Set<String> AFTER_CLOCK = set("am", "pm", "o'clock", "ish", "tonight", "tomorrow", "today",
            "in", "or", "to", "-", "and", "then", "on", "this", "next", "works", "work", "is");

    /** Time of day words and where they start. */
    static final Map<String, Integer> PARTS_OF_DAY = Map.of("morning", 8, "afternoon", 12, "evening", 17,
            "night", 17, "tonight", 17, "lunch", 12, "lunchtime", 12, "noon", 12, "midday", 12);

    /** Words that turn a time or a day down when they share its clause. */
    static final Set<String> REFUSALS = set("can't", "not", "don't", "doesn't", "won't", "isn't", "aren't",
            "wouldn't", "couldn't", "unable", "busy", "bad", "neither", "nor", "except", "unfortunately", "working",
            "conflict", "away", "gone", "unavailable", "never", "ain't", "shouldn't", "no");

    /** Phrases that turn a day down: "I'm at work tuesday", "I have a wedding that day". */
    static final Phrases REFUSAL_PHRASES = Phrases.of("at work", "out of town", "i have a", "i've got a",
            "i got a", "we have a", "i work", "we work", "i'm working", "have to work", "won't be", "not around",
            "not home", "not free", "not available", "hot date", "remembered", "forgot", "wedding", "interview");

    /** Single words that ask for a time: "how about", "instead", "prefer". */
    static final Set<String> PROPOSAL_WORDS = set("instead", "rather", "prefer", "preferably", "better", "ideal",
            "only", "try", "reschedule", "change", "move", "switch", "push", "possible", "maybe", "perhaps", "chance",
            "anytime", "whenever", "sooner", "later", "earlier", "until", "till", "prefered", "preferred", "else",
            "other", "another", "different", "alternative");

    /** Phrases that ask for a time. */
    static final Phrases PROPOSAL_PHRASES = Phrases.of("how about", "what about", "how bout", "what bout",
            "can you do", "could you do", "can you come", "could you come", "can they come", "could they come",
            "can someone come", "could someone come", "can you guys", "can we do", "could we do", "can we try",
            "could we try", "can we make", "could we make", "can we move", "could we move", "can you move",
            "can you make", "can it be", "could it be", "can we go", "do you have", "you have anything",
            "have anything", "got anything", "is there anything", "anything on", "anything at", "anything for",
            "any chance", "let's do", "let's try", "let's make", "make it", "would work", "works better",
            "work better", "would be better", "would be best", "would be ideal", "would be easier", "would suit", "i can only", "i'm only", "only free", "only available", "need it",
            "what time", "is there", "are there", "any availability", "any openings", "any time", "anytime on",
            "do you work", "can you fit", "squeeze", "fit me in",
            "change it to", "move it to", "push it to", "switch it to", "changing it",
            "can you", "could you", "can we", "could we", "will you", "can i", "could i", "what times", "can he",
            "could he", "can she", "could she", "can it", "could it", "would you", "would it", "would that");

    /** Phrases that ask for another time without naming one: "anything else?", "something later?". */
    static final Phrases OTHER_TIME_PHRASES = Phrases.of("anything else", "something else", "anything later",
            "anything earlier", "anything sooner", "something later", "something earlier", "something sooner",
            "anything similar", "something similar", "not this week", "week sometime", "later times", "earlier times", "other dates", "at any time", "anytime available", "another available",
            "an opening", "when there is", "that is available", "that's available", "anytime during",
            "any time during", "during the week", "other time", "other times", "other day", "other days",
            "other option", "other options", "another option", "another slot",
            "different time", "different day", "different date", "different times", "different days",
            "different slot", "other slots", "other openings", "other availability", "more options", "more times",
            "next available", "next opening", "next availability", "when else", "what else", "later in the day",
            "earlier in the day", "later in the week", "later this week", "early next week", "following week",
            "any other", "any openings", "any availability", "any slots", "any times",
            "any available", "any evening", "any morning", "any afternoon", "any weekend", "any earlier",
            "any later", "any sooner", "come sooner", "come earlier", "come later", "be later", "be earlier",
            "be sooner", "later please", "earlier please", "sooner please", "later time", "earlier time",
            "later slot", "earlier slot", "later date", "earlier date", "whenever is available",
            "whatever is available", "whenever you have", "whatever you have", "when you have", "when is she",
            "when is he", "when are you", "when r you", "when are they", "when can you", "when can they",
            "when can someone", "when is there", "when's the next", "when is the next", "when is your next",
            "when's your next", "other slot", "your soonest", "soonest available", "soonest availability",
            "soonest opening", "soonest time", "earliest time", "earliest available", "earliest availability",
            "first available", "first availability", "first opening", "earliest opening", "something in the", "anything in the", "anything available", "something available",
            "any available", "some other", "what other", "what times", "which times", "what days", "which days",
            "what time or day", "what time does", "what time works", "what time is available",
            "when is available", "when would", "is anything", "a later", "an earlier", "a sooner",
            "more available", "what's available", "whats available", "what is available", "what do you have",
            "what have you got", "what's open", "what is open", "got anything", "have anything", "any chance");

    /** Words that decline. */
    static final Phrases DECLINE_PHRASES = Phrases.of("no", "not interested", "no thanks", "no thank", "neither",
            "none of", "nevermind", "never mind", "not anymore", "no longer", "don't need", "do not need",
            "won't need", "not needed", "someone else", "somebody else", "another company", "another plumber",
            "another guy", "fixed it", "got it fixed", "figured it out", "i'll pass", "we'll pass", "pass on",
            "not right now", "not at this time", "not now", "hold off", "changed my mind", "cancel",
            "stop texting", "stop messaging", "don't text", "don't contact", "remove me", "take me off",
            "doesn't work", "don't work", "won't work", "not work", "can't do", "can't make", "not available",
            "not good", "no good", "not possible", "too expensive", "too much", "goodbye", "bye", "forget it",
            "thanks anyway", "thank you anyway", "thanks anyways", "thank you anyways", "all set", "all good",
            "we're good", "i'm good", "we are good", "handled", "taken care", "wrong number", "not ready",
            "call you back", "reach out", "another time", "some other time", "not home", "busy", "i'll figure",
            "we'll figure", "too bad", "no need", "get lost", "not this time", "not for now", "that's ok",
            "that's okay", "it's ok", "it's okay", "oh well", "that's all", "emojino", "try later",
            "try again later", "working both", "work both", "busy both", "another time", "another day",
            "some other time");

    /** "another time", "another day": a request when asked for, a way of saying no when not. */
    static final Phrases ANOTHER = Phrases.of("another time", "another day", "some other time", "some other day",
            "a different time", "a different day");

    /** Declines that need nothing else to be read: "not interested", "please stop texting me", "no thanks". */
    static final Phrases CLEAR_DECLINES = Phrases.of("not interested", "no thanks", "no thank you", "neither",
            "none of", "stop texting", "stop messaging", "stop sending", "don't text", "don't contact",
            "do not text", "do not contact", "remove me", "take me off", "unsubscribe", "someone else",
            "somebody else", "another company", "another plumber", "other company", "i'll pass", "we'll pass",
            "changed my mind", "change my mind", "not anymore", "no longer", "don't need", "do not need",
            "not needed", "no need", "fixed it", "got it fixed", "never mind", "nevermind", "forget it",
            "thanks anyway", "thank you anyway", "thanks anyways", "thank you anyways", "wrong number",
            "cancel", "all set", "we're good", "i'm good", "we are good", "too expensive", "can't do either",
            "can't make either", "can't make it", "can't do it", "won't work", "doesn't work", "don't work",
            "not available", "not home", "hold off", "not right now", "not at this time", "not now",
            "not ready", "goodbye", "bye", "get lost", "working both", "not able", "unable", "not be able", "busy both", "can't do those",
            "can't do them", "neither works", "not good for me", "no good", "not for now", "taken care",
            "handled", "figured it out", "not this time", "i'll figure", "we'll figure", "call you back",
            "reach out", "try later", "try again later", "maybe another", "some other time", "emojino",
            "unavailable", "can't make those", "can't make them", "neither of", "not able", "unable", "are bad",
            "is bad", "bad for me", "don't suit", "doesn't suit", "no good",
            "not be able", "won't be able", "can't do either", "can't make either");

    /** Putting it off: a day named with these is when they will be back, not a time asked for. */
    static final Phrases POSTPONES = Phrases.of("call back", "call you back", "figure", "get back to", "reach out",
            "try later", "try again later", "let you know", "think about", "look elsewhere", "somewhere else",
            "that's all", "confirm later", "i'll confirm", "will confirm", "text back", "text you back",
            "will text", "i'll text", "check with", "talk to my", "ask my", "check my", "let me check",
            "let me see");

    /** Not an answer yet: "let me check with my wife", "I'll confirm later today". */
    static final Phrases DEFERS = Phrases.of("get back to", "let you know", "think about", "confirm later",
            "i'll confirm", "will confirm", "text back", "text you back", "will text", "i'll text", "check with",
            "talk to my", "ask my", "check my", "let me check", "let me see", "let me think", "i'll see");

    /** Words that, all on their own, agree: "ok", "sounds good", "perfect 👍". */
    static final Set<String> AGREEING_WORDS = set("yes", "ok", "sure", "alright", "fine", "good", "great",
            "perfect", "cool", "awesome", "absolutely", "definitely", "deal", "works", "emojiyes", "excellent",
            "wonderful", "sounds", "confirmed", "confirm", "indeed", "certainly", "lovely", "super", "fantastic",
            "amazing", "right", "correct", "bet", "gotcha", "course", "of", "that", "that's", "thats", "is", "will",
            "work", "be", "me", "for", "it", "please", "thanks", "thank", "you", "so", "much", "very", "really",
            "sir", "ma'am", "then", "see", "do", "just", "all", "okay", "kk", "sounds", "like", "plan", "a", "good",
            "go", "ahead", "book", "lets", "let's", "yeah", "im", "i'm", "in", "down", "that'll", "fine", "by",
            "with", "to", "totally", "100", "way", "lol", "haha", "emoji", "whynot");

    /** The agreeing words that carry the agreement (the rest are politeness). */
    static final Set<String> AGREEING_CORE = set("yes", "ok", "sure", "alright", "fine", "good", "great",
            "perfect", "cool", "awesome", "absolutely", "definitely", "deal", "works", "emojiyes", "excellent",
            "wonderful", "sounds", "confirmed", "confirm", "indeed", "certainly", "lovely", "super", "fantastic",
            "amazing", "correct", "bet", "book", "ahead", "plan", "totally", "course", "whynot");

    /** Agreeing to any of the slots: "either works", "whichever", "you pick". */
    static final Phrases ANY_SLOT = Phrases.of("either", "both work", "both are", "both fine", "both good",
            "both ok", "both times", "both days work", "both of them", "both of those", "whichever", "which ever", "any of",
            "doesn't matter", "does not matter", "don't mind", "no preference", "up to you", "you pick",
            "you choose", "your pick", "your choice", "whatever works", "whatever is easier", "whenever works",
            "come whenever", "by whenever", "anytime works", "any works", "any is", "all work", "all good",
            "flexible");

    /** Words that accept firmly: with these a question alongside is an aside, not a hold. */
    static final Phrases FIRM_ACCEPTANCE = Phrases.of("yes please", "please do", "book it", "book me", "book us",
            "book that", "please book", "go ahead", "confirm", "confirmed", "let's do it", "let's do that",
            "lock it in", "i'll take it", "we'll take it", "count me in", "sign me up", "see you then",
            "see you tomorrow", "see you tuesday", "see you wednesday", "see you monday", "see you thursday",
            "see you friday", "see you saturday", "see you sunday", "reserve", "grab it", "do it", "schedule me",
            "schedule it", "put me down", "put us down", "can't wait", "yes, please", "yes pls");

    /** Words that accept, firmly or not. */
    static final Phrases ACCEPTANCE = Phrases.of("yes", "ok", "sure", "sounds good", "sounds great",
            "sounds perfect", "sounds fine", "sounds ok", "that works", "works for me", "works", "work for me",
            "perfect", "great", "good", "fine", "alright", "cool", "please do", "book it", "book me", "book us",
            "go ahead", "confirm", "confirmed", "let's do it", "let's do that", "lock it in", "that'll work",
            "that will work", "i'll take it", "we'll take it", "count me in", "sign me up", "absolutely",
            "definitely", "see you", "of course", "indeed", "please book", "book that", "reserve", "grab it",
            "do it", "emojiyes", "wonderful", "excellent", "awesome", "deal", "i can do that", "i can make that",
            "we can make", "i can make it", "can do", "i can do", "we can do", "i could do", "i'd like",
            "we'd like", "i would like", "would work", "would be great", "would be good", "would be perfect",
            "would be fine", "would be nice", "still available", "still open", "that should be", "should be fine", "should work",
            "is fine", "is good", "is great", "is perfect", "is best", "works best", "that's fine", "thats fine",
            "either", "both", "whichever", "any of", "doesn't matter", "don't mind", "no preference", "up to you",
            "you pick", "you choose", "i'm available", "i'm free", "i'll be home", "i'll be there", "be there",
            "i'm home", "someone will be", "will be home", "be home", "sounds like a plan", "yes please",
            "please", "thank you", "thanks", "appreciate", "looking forward", "lets do", "let's do", "go for it",
            "book", "schedule me", "i want to book", "i'd like to book", "like to schedule", "works out",
            "we're good to go", "good to go", "nice", "amazing", "fantastic", "love it", "bet", "for sure",
            "i'll take", "we'll take", "take it", "i'm in", "in that case", "works fine", "whenever", "whynot",
            "go with", "going with");

    /** Before a question these words put a booking on hold: "yes but how much?", "before I book, ...". */
    /** Conditions on a booking: with a question or a price they hold it ("I'll take it if it's under $200"). */
    static final Phrases CONDITIONS = Phrases.of("if it's", "if its", "if it is", "if it", "if the", "if you",
            "if that's", "as long as", "only if", "provided", "assuming", "under", "less than", "below", "budget",
            "max", "maximum", "depending", "depends", "but", "before", "first");

    /** Words in a question that ask after openings: "is friday possible?", "anything thursday?". */
    static final Set<String> AVAILABILITY_WORDS = set("available", "availability", "open", "opening", "openings",
            "free", "possible", "work", "works", "ok", "okay", "good", "fine", "slot", "slots", "spot", "spots",
            "anything", "any", "something", "instead", "better", "earlier", "later", "sooner", "late", "early",
            "too", "room", "space", "chance", "option", "doable", "convenient", "suit", "fit");

    /** Greetings and acknowledgements around a question: "ok", "hmm", "thanks". */
    static final Set<String> GREETINGS = set("ok", "hi", "hello", "hey", "so", "yes", "no", "sure", "thanks",
            "thank", "um", "umm", "hmm", "hm", "oh", "well", "great", "perfect", "alright", "cool", "please", "sorry",
            "ah", "darn", "ugh", "dang", "shoot", "neither", "nope", "emoji", "emojiyes", "emojino", "emojithink",
            "lol", "haha", "actually", "just", "then", "again", "k");

    /** Little words that do not make a question about something else: "at", "on", "the". */
    static final Set<String> LITTLE_WORDS = set("at", "on", "the", "or", "and", "a", "an", "in", "for", "is", "it",
            "be", "@", "this", "that", "then", "maybe", "perhaps", "like", "around", "about", "by", "after",
            "from", "what", "how", "day", "time", "instead", "also", "me", "us", "we", "i", "you", "ish", "o'clock",
            "am", "pm", "next", "this", "coming", "following", "thing", "first", "to", "of");

    static final Phrases HOLDS = Phrases.of("but", "before", "first", "wait", "hold on", "hang on", "however",
            "although", "though", "one question", "quick question", "question", "depends", "depending", "if so",
            "only if", "as long as", "just to", "make sure", "curious", "wondering");

    /**
     * Questions about the business or the job rather than the time: "do you do weekends?" asks how the business
     * works, "can you do saturday?" asks for saturday.
     */
    static final Phrases HABIT_QUESTIONS = Phrases.of("do you do", "do you guys do", "do you work", "do you guys work",
            "do you offer", "do you guys offer", "you guys do", "you guys work", "y'all do", "you do weekends",
            "you work weekends", "you open", "do you have weekend", "do you have evening", "do you ever",
            "do you open", "are you open", "are you guys open", "do you come out", "do you service", "do you go",
            "do you cover", "what are your hours", "your hours", "you open", "do u do", "do u work", "are u open",
            "are you available on", "what time do you", "what time will", "what time would",
            "what time is the", "what time are", "how long", "how early", "how late", "arrival", "window",
            "exactly", "what does", "mean", "will they call", "will you call", "will the", "remind", "reminder",
            "what time do they", "what time should", "what time will they");

    /** Words that ask something, without a question mark: "I was wondering how much ...". */
    static final Phrases INDIRECT_QUESTIONS = Phrases.of("wondering", "curious", "let me know how",
            "let me know what", "let me know if", "let me know when", "like to know", "want to know",
            "need to know", "need a price", "need a quote", "price first", "quote first", "how much",
            "i have a question", "quick question", "tell me", "can you tell", "could you tell", "any idea",
            "ask about", "wanted to ask", "want to ask", "question about", "questions about", "info on",
            "information on", "more info", "more information", "details on", "know more", "find out",
            "do you know", "not sure if", "can i ask", "what's the", "whats the", "what is the");

    /** Single words that, with little else, ask about money or the job. */
    static final Set<String> QUESTION_TOPICS = set("price", "cost", "costs", "charge", "charges", "fee", "fees",
            "quote", "estimate", "estimates", "rate", "rates", "discount", "discounts", "coupon", "coupons",
            "warranty", "guarantee", "licensed", "insured", "address", "located", "location", "website", "email",
            "financing", "payment", "pay", "cash", "card", "cards", "venmo", "zelle", "much", "$", "expensive",
            "cheaper", "cheap", "cheapest", "difference", "costly", "pricey", "priced", "pricing", "prices");

    /** Every word the rules know, for telling an emphasised spelling ("yesss") from a word. */
    static final Set<String> KNOWN = known();

    private static Set<String> known() {
        Set<String> words = new HashSet<>();
        words.addAll(WEEKDAYS.keySet());
        words.addAll(PLURAL_DAYS);
        words.addAll(QUESTION_TOPICS);
        words.addAll(MONTHS.keySet());
        words.addAll(FILLERS);
        words.addAll(NUMBER_WORDS.keySet());
        words.addAll(ORDINAL_WORDS.keySet());
        words.addAll(SLOT_NOUNS);
        words.addAll(AFTER_SLOT_NUMBER);
        words.addAll(PARTS_OF_DAY.keySet());
        words.addAll(REFUSALS);
        words.addAll(PROPOSAL_WORDS);
        for (Phrases phrases : List.of(PROPOSAL_PHRASES, OTHER_TIME_PHRASES, DECLINE_PHRASES, ACCEPTANCE,
                HOLDS, HABIT_QUESTIONS, INDIRECT_QUESTIONS)) {
            for (String phrase : phrases.list()) {
                words.addAll(List.of(phrase.split(" ")));
            }
        }
        words.addAll(List.of("tomorrow", "today", "tonight", "next", "week", "weekend", "soon", "see", "too", "good",
                "well", "all", "off", "free", "ass", "class", "grass", "glass", "pass", "mess", "less", "bill",
                "will", "call", "tell", "sell", "full", "feel", "need", "seen", "been", "keep", "sleep", "three",
                "coffee", "street", "tree", "free", "agree", "apply", "happy", "sorry", "app"));
        return Set.copyOf(words);
    }
}
