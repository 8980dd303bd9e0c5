package com.ringbook.engine.api;

/** The outcome of "Test connection", in words for the person setting Ringbook up. */
public record ConnectionTest(boolean ok, String message) {
}
