package com.ringbook.ui.owner;

import java.util.Optional;

/** One call, lead or job in the list behind a number: who, when, and what (a delay or a job's value). */
record BehindRow(Optional<Long> threadId, String who, String when, String detail) {
}
