package com.branchmate.extraction.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactValueRulesTest {

    @Test
    void datesMustBeInStoredForm() {
        assertThat(FactValueRules.normalize(FactKey.BIRTHDAY, "--12-10")).contains("--12-10");
        assertThat(FactValueRules.normalize(FactKey.BIRTHDAY, "lunar:--08-15")).contains("lunar:--08-15");
        assertThat(FactValueRules.normalize(FactKey.ANNIVERSARY, "2019-05-01")).contains("2019-05-01");
        assertThat(FactValueRules.normalize(FactKey.BIRTHDAY, "--02-30")).isEmpty();
        assertThat(FactValueRules.check(FactKey.BIRTHDAY, "12月10日").problem()).contains("生日").contains("12月10日");
        assertThat(FactValueRules.normalize(FactKey.MATURITY, "--03-08")).isEmpty();
        assertThat(FactValueRules.normalize(FactKey.MATURITY, "2027-03-08")).contains("2027-03-08");
    }

    @Test
    void contactsAmountsAndChoices() {
        assertThat(FactValueRules.normalize(FactKey.PHONE, "136 0000 1111")).contains("13600001111");
        assertThat(FactValueRules.normalize(FactKey.PHONE, "0571-88886666")).contains("057188886666");
        assertThat(FactValueRules.check(FactKey.PHONE, "打他办公室").ok()).isFalse();
        assertThat(FactValueRules.normalize(FactKey.WECHAT, "wx_li-2024")).contains("wx_li-2024");
        assertThat(FactValueRules.normalize(FactKey.WECHAT, "微信同手机")).isEmpty();
        assertThat(FactValueRules.normalize(FactKey.ASSET, "500000")).contains("500000");
        assertThat(FactValueRules.check(FactKey.ASSET, "50万").problem()).contains("资产");
        assertThat(FactValueRules.normalize(FactKey.AGE, "130")).isEmpty();
        assertThat(FactValueRules.normalize(FactKey.ROLE, "大堂经理")).contains("大堂经理");
        assertThat(FactValueRules.normalize(FactKey.ROLE, "老大")).isEmpty();
        assertThat(FactValueRules.normalize(FactKey.HOBBY, " ")).isEmpty();
        assertThat(FactValueRules.normalize(FactKey.HOBBY, "x".repeat(201))).isEmpty();
    }
}
