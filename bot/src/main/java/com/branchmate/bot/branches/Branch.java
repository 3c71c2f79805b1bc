package com.branchmate.bot.branches;

import java.time.Instant;

/** 网点: a bank branch ({@code bankName} is the full bank name, 建设银行), looked after by one member. */
public record Branch(Long id, Long bankId, String bankName, String name, Long ownerMemberId, String ownerLogin,
                     String address, Instant createdAt, Instant updatedAt) {

    /** 建设银行城南支行 */
    public String displayName() {
        return (bankName == null ? "" : bankName) + name;
    }
}
