package com.ringbook.domain;

/** Why a message exists; reports and the follow-up rules tell text-backs from staff replies by it. */
public enum MessageKind {
    TEXT_BACK, STAFF_REPLY, CUSTOMER, HELP_REPLY,
    /** The confirmation a customer gets on texting START after STOP. */
    OPT_IN_REPLY,
    /** A polite nudge to a customer who went quiet. */
    FOLLOW_UP
}
