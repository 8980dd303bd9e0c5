package com.ringbook.domain;

public enum Direction { INBOUND, OUTBOUND }
