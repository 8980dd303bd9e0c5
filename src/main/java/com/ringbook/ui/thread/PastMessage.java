package com.ringbook.ui.thread;

/** A message of an earlier conversation, read-only in the history: who wrote it, when, and what. */
public record PastMessage(boolean fromCustomer, String when, String body) {
}
