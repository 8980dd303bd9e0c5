package com.ringbook.booking.api;

/**
 * The lead card beside a conversation: who the customer is and where (kept on the customer), and what
 * the job is (kept on the conversation). {@code value} is money as typed ("400", "$1,250.50") or blank.
 */
public record LeadCard(String name, String address, String jobType, String urgency, String value, String notes) {
}
