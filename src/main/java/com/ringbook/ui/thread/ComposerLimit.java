package com.ringbook.ui.thread;

import com.ringbook.domain.Template;

/**
 * The composer against the longest text Ringbook sends ({@link Template#MAX_LENGTH}): the counter, whether Send is
 * off, what its tooltip says and when a "too long" message goes away. Lengths count what will be sent (trimmed), as
 * the engine counts them.
 */
final class ComposerLimit {
    static final String SEND_TIP = "Send (Enter)";
    private static final String TOO_LONG_START = "This reply is too long to send: ";

    private ComposerLimit() {
    }

    static int length(String draft) {
        return draft == null ? 0 : draft.strip().length();
    }

    static boolean tooLong(String draft) {
        return length(draft) > Template.MAX_LENGTH;
    }

    /** "42 / 640". */
    static String counter(String draft) {
        return length(draft) + " / " + Template.MAX_LENGTH;
    }

    static String tooLongError(String draft) {
        int over = length(draft) - Template.MAX_LENGTH;
        return TOO_LONG_START + length(draft) + " characters, and a text holds at most " + Template.MAX_LENGTH
                + ". Shorten it by " + over + ".";
    }

    static String sendTip(String draft) {
        return tooLong(draft) ? tooLongError(draft) : SEND_TIP;
    }

    /**
     * The composer's message once the draft reads {@code now}: a "too long" message stays (with the new count) while
     * the text is still too long and goes as soon as it fits or is cleared; any other refusal goes with the first
     * edit, since the text it was about has changed.
     */
    static String errorAfterEdit(String error, String now) {
        boolean aboutLength = error != null && (error.contains("too long"));
        if (aboutLength && tooLong(now)) {
            return tooLongError(now);
        }
        return "";
    }
}
