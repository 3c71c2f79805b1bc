package com.branchmate.extraction.vocabulary;

/** Who a person is to the manager: branch staff or a bank customer (shared/domain.md). */
public enum PersonKind {
    STAFF, CUSTOMER;

    public static PersonKind parse(String value) {
        return "CUSTOMER".equalsIgnoreCase(value) ? CUSTOMER : STAFF;
    }
}
