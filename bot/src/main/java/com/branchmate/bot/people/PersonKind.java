package com.branchmate.bot.people;

public enum PersonKind {
    STAFF, CUSTOMER;

    public static PersonKind parse(String value) {
        return "CUSTOMER".equalsIgnoreCase(value) ? CUSTOMER : STAFF;
    }
}
