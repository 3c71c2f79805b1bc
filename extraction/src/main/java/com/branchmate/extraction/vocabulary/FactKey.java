package com.branchmate.extraction.vocabulary;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The fact vocabulary of shared/domain.md, and everything true of each key in one place: whether a person has one
 * value of it at a time, whom it applies to, whether it is contact data (encrypted at rest, masked in lists and
 * groups) and the form of its value. Stored as {@link #key()} in fact.fact_key.
 */
public enum FactKey {
    ROLE("role", "职务", One.ONE, For.STAFF, Form.CHOICE),
    PHONE("phone", "手机", One.ONE, For.BOTH, Form.CONTACT),
    WECHAT("wechat", "微信", One.ONE, For.BOTH, Form.CONTACT),
    BIRTHDAY("birthday", "生日", One.ONE, For.BOTH, Form.RECURRING_DATE),
    ANNIVERSARY("anniversary", "纪念日", One.MANY, For.BOTH, Form.RECURRING_DATE),
    HOBBY("hobby", "爱好", One.MANY, For.BOTH, Form.FREE_TEXT),
    FAMILY("family", "家庭", One.MANY, For.BOTH, Form.FREE_TEXT),
    PERSONALITY("personality", "性格", One.MANY, For.BOTH, Form.FREE_TEXT),
    PREVIOUS_BRANCH("previous_branch", "原网点", One.ONE, For.STAFF, Form.FREE_TEXT),
    OCCUPATION("occupation", "职业", One.ONE, For.CUSTOMER, Form.FREE_TEXT),
    AGE("age", "年龄", One.ONE, For.CUSTOMER, Form.INTEGER),
    ASSET("asset", "资产", One.ONE, For.CUSTOMER, Form.INTEGER),
    PRODUCT("product", "持有产品", One.MANY, For.CUSTOMER, Form.FREE_TEXT),
    MATURITY("maturity", "到期日", One.MANY, For.CUSTOMER, Form.DATE),
    INTEREST("interest", "关注", One.MANY, For.CUSTOMER, Form.FREE_TEXT),
    RISK_PROFILE("risk_profile", "风险偏好", One.ONE, For.CUSTOMER, Form.CHOICE),
    STAGE("stage", "熟悉程度", One.ONE, For.CUSTOMER, Form.CHOICE),
    NOTE("note", "备注", One.MANY, For.BOTH, Form.FREE_TEXT);

    /** The form of a value. */
    public enum Form {
        /** Verbatim words of the note; two values match when one contains the other. */
        FREE_TEXT,
        /** One word of a closed list (role, risk profile, stage). */
        CHOICE,
        /** A phone number (digits only) or a WeChat id: personal contact data, encrypted and masked. */
        CONTACT,
        /** --MM-DD, YYYY-MM-DD or lunar:--MM-DD. */
        RECURRING_DATE,
        /** YYYY-MM-DD. */
        DATE,
        /** Whole number (years, yuan). */
        INTEGER
    }

    private enum One { ONE, MANY }

    private enum For { STAFF, CUSTOMER, BOTH }

    /** Roles a STAFF person can have, as domain.md lists them. */
    public static final Set<String> ROLES = ordered("行长", "副行长", "网点主任", "营业主管", "大堂经理", "理财经理",
            "客户经理", "柜员", "会计主管", "个金主管", "保安", "保洁");

    /** An unmodifiable set that iterates in the order given, so a form lists the words as the domain does. */
    static Set<String> ordered(String... words) {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(java.util.List.of(words)));
    }

    private final String key;
    private final String label;
    private final One one;
    private final For applies;
    private final Form form;

    FactKey(String key, String label, One one, For applies, Form form) {
        this.key = key;
        this.label = label;
        this.one = one;
        this.applies = applies;
        this.form = form;
    }

    public String key() {
        return key;
    }

    /** Chinese label for replies and the console. */
    public String label() {
        return label;
    }

    /** A person has one value at a time: a new one supersedes the old, and a note's later value its earlier one. */
    public boolean singleValued() {
        return one == One.ONE;
    }

    public boolean appliesTo(PersonKind kind) {
        return applies == For.BOTH || applies.name().equals(kind.name());
    }

    /** Contact data: encrypted at rest, masked in lists and group chats, never put into scripts. */
    public boolean contact() {
        return form == Form.CONTACT;
    }

    /** Free text matches by containment; every other form must be equal. */
    public boolean freeText() {
        return form == Form.FREE_TEXT;
    }

    public Form form() {
        return form;
    }

    public static Optional<FactKey> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** Whether the key is free text; false for keys outside the vocabulary. */
    public static boolean isFreeText(String key) {
        return of(key).map(FactKey::freeText).orElse(false);
    }
}
