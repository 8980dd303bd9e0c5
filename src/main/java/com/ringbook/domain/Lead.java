package com.ringbook.domain;

/**
 * What staff have learned about the job a thread is about, as typed on the lead card: the job type,
 * how urgent it is, the estimated value (integer cents, null when unknown) and free notes. Name and
 * address belong to the customer and live on the contact.
 */
public record Lead(String jobType, String urgency, Long valueCents, String notes) {

    public static final Lead EMPTY = new Lead(null, null, null, null);
}
