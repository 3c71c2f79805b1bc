package com.branchmate.extraction.vocabulary;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The fact vocabulary of shared/domain.md. Stored as {@link #key()} in fact.fact_key. */
public enum FactKey {
    ROLE("role", "职务"),
    PHONE("phone", "手机"),
    WECHAT("wechat", "微信"),
    BIRTHDAY("birthday", "生日"),
    ANNIVERSARY("anniversary", "纪念日"),
    HOBBY("hobby", "爱好"),
    FAMILY("family", "家庭"),
    PERSONALITY("personality", "性格"),
    PREVIOUS_BRANCH("previous_branch", "原网点"),
    OCCUPATION("occupation", "职业"),
    AGE("age", "年龄"),
    ASSET("asset", "资产"),
    PRODUCT("product", "持有产品"),
    MATURITY("maturity", "到期日"),
    INTEREST("interest", "关注"),
    RISK_PROFILE("risk_profile", "风险偏好"),
    STAGE("stage", "熟悉程度"),
    NOTE("note", "备注");

    /** Roles a STAFF person can have, as domain.md lists them. */
    public static final Set<String> ROLES = Set.of("行长", "副行长", "网点主任", "营业主管", "大堂经理", "理财经理",
            "客户经理", "柜员", "会计主管", "个金主管", "保安", "保洁");

    /** Keys whose values are free text; they match by containment when scored. */
    public static final Set<FactKey> FREE_TEXT = Set.of(HOBBY, FAMILY, PERSONALITY, OCCUPATION, PRODUCT, INTEREST,
            NOTE, PREVIOUS_BRANCH);

    private final String key;
    private final String label;

    FactKey(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    /** Chinese label for replies and the console. */
    public String label() {
        return label;
    }

    public static Optional<FactKey> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
