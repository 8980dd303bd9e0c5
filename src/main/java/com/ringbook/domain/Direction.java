package com.ringbook.domain;

/** Which way a text went: from the customer to the business, or from the business to the customer. */
public enum Direction { INBOUND, OUTBOUND }
