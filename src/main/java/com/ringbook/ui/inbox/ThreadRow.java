package com.ringbook.ui.inbox;

import com.ringbook.domain.SearchSnippet;
import com.ringbook.domain.Stage;

/**
 * One inbox row as it reads at one moment, worked out by {@link InboxViewModel#row}: the cell draws
 * exactly this and decides nothing.
 *
 * @param time          how long ago the thread last moved ("2m", "Tue")
 * @param stageText     the stage chip's words: the stage, and for a lost thread why ("Lost · Went elsewhere")
 * @param problem       "Not delivered" when a text to this customer failed, else empty
 * @param problemDetail the carrier's reason, for the tooltip
 * @param waited        how long the customer has waited for an answer ("4m"); empty when nobody waits
 * @param late          the customer has waited past the target: the badge turns red
 * @param match         for a search hit in a message, the words that matched: shown instead of the preview
 */
public record ThreadRow(String name, String time, String preview, boolean unread, Stage stage, String stageText,
                        String problem,
                        String problemDetail, String waited, boolean late, SearchSnippet match) {

    public boolean waiting() {
        return !waited.isEmpty();
    }

    public boolean hasProblem() {
        return !problem.isEmpty();
    }
}
