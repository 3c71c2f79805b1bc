package com.branchmate.bot.people;

import java.time.Instant;

import com.branchmate.extraction.vocabulary.PersonKind;

/** A branch staff member (STAFF) or a bank customer (CUSTOMER). {@code name} has no title: 王, 李娜. */
public record Person(Long id, PersonKind kind, String name, String title, Long branchId, String branchName,
                     Long ownerMemberId, String ownerLogin, Instant createdAt, Instant updatedAt) {

    /** 王行长, 李娜, 张先生: how the team would say it. */
    public String displayName() {
        if (title == null || title.isBlank() || name.length() > 1 && !isHonorific(title)) {
            return name;
        }
        return name + title;
    }

    private static boolean isHonorific(String title) {
        return title.endsWith("先生") || title.endsWith("女士") || title.endsWith("姐") || title.endsWith("哥")
                || title.endsWith("总") || title.endsWith("老师") || title.endsWith("阿姨") || title.endsWith("叔");
    }
}
