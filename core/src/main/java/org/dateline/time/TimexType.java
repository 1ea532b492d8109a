package org.dateline.time;

/** The four TIMEX3 types. */
public enum TimexType { DATE, TIME, DURATION, SET }
