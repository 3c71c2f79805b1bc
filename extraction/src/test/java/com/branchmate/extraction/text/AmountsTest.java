package com.branchmate.extraction.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "存了1,500元定期|1500", "资产一百零五万|1050000", "3万5的定期|35000", "账户里有¥1,200,000|1200000",
            "给了五千块钱|5000", "3.5万的保费|35000", "存了50w|500000", "月薪8k|8000", "保费5万元|50000",
            "AUM大概500万|5000000", "八千元|8000", "人民币伍仟元整|5000", "两千万左右|20000000", "3千万|30000000",
            "1.2亿|120000000", "1,200,000元|1200000", "月薪八千元|8000", "5千|5000", "资产1.5kw|15000000", "AUM 3KW|30000000"})
    void readsSumsInYuan(String text, long yuan) {
        assertThat(Amounts.firstYuan(text)).isEqualTo(yuan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"大几百万吧", "一百多万", "十几万", "十来万", "数十万", "三四万", "大几千万"})
    void vagueSumsAreFoundButHaveNoValue(String text) {
        assertThat(Amounts.find(text)).singleElement().satisfies(a -> assertThat(a.vague()).isTrue());
        assertThat(Amounts.firstYuan(text)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"每天走3万步", "来了2万人", "5千个客户", "预算一年五千以内", "拜访3个网点", "六十五岁", "尾号8832", "3楼"})
    void countsOfOtherThingsAreNotMoney(String text) {
        assertThat(Amounts.find(text)).isEmpty();
    }

    @Test
    void everySumKeepsItsSpan() {
        var found = Amounts.find("定期三十万，基金1,500元");
        assertThat(found).extracting(Amounts.AmountMention::text).containsExactly("三十万", "1,500元");
        assertThat(found).extracting(Amounts.AmountMention::yuan).containsExactly(300_000L, 1_500L);
    }
}
