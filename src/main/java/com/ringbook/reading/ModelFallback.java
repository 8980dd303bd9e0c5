package com.ringbook.reading;

import com.ringbook.reading.IntentModel.Guess;

/** The model's reading of what the rules leave open: its best guess, or unclear when it is not sure. */
final class ModelFallback {

    /** Below this the model's best guess is not trusted, and the reply is unclear. */
    private static final double LEAST_CONFIDENCE = 0.45;

    private ModelFallback() {
    }

    /** The model's reading of what the rules left open. */
    static Reading fromModel(Analysis a, Guess guess) {
        if (guess.probability() < LEAST_CONFIDENCE) {
            return Reading.unclear();
        }
        return switch (guess.label()) {
            case ACCEPT -> Agreement.accept(a, a.proposed == null ? null : a.proposed.when());
            case NO -> Reading.of(ReplyIntent.NO);
            case OTHER_TIME -> new Reading(ReplyIntent.OTHER_TIME, null, a.proposed == null ? null : a.proposed.when(),
                    null);
            case QUESTION -> Reading.of(ReplyIntent.QUESTION);
            case UNCLEAR -> Reading.unclear();
        };
    }
}
