package com.ringbook.domain;

/** Why a message exists; reports and the follow-up rules tell text-backs from staff replies by it. */
public enum MessageKind { TEXT_BACK, STAFF_REPLY, CUSTOMER, HELP_REPLY, FOLLOW_UP }
