package com.branchmate.bot.huddles;

/** What a calendar entry says about its day. */
public enum DayType {
    /** 放假: nobody works, even if it is a weekday. */
    HOLIDAY,
    /** 调休上班: a make-up working day, even if it is a Saturday or Sunday. */
    WORKDAY
}
