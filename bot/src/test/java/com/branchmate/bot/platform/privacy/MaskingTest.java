package com.branchmate.bot.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One masking for every phone-like number that reaches a group, a list or a log. */
class MaskingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "女儿手机13987650000             | 女儿手机139****0000",
            "手机 8613911113333             | 手机 139****3333",
            "+86 139 1111 3333 找她          | 139****3333 找她",
            "0086-13911113333              | 139****3333",
            "电话１３９１１１１５５５５        | 电话139****5555",
            "139.1111.5555                 | 139****5555",
            "139-1111-5555，备用 139 1111 6666 | 139****5555，备用 139****6666",
            "座机 021-68881234              | 座机 021-****1234",
            "拜访3个网点，出单2件，保费5万      | 拜访3个网点，出单2件，保费5万",
    })
    void masksEveryPhoneLikeNumberInText(String text, String masked) {
        assertThat(Masking.phonesIn(text)).isEqualTo(masked);
        assertThat(Masking.containsPhone(text)).isEqualTo(!text.equals(masked));
    }

    @ParameterizedTest
    @ValueSource(strings = {"msg13912345678", "7412345678901234567", "a139123456789b", "2026-11-30 05:12:01.123",
            "dingb13912345678x", "id=139123456789012"})
    void leavesIdentifiersAndDatesAlone(String text) {
        assertThat(Masking.phonesIn(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"8613911113333, 139****3333", "13911113333, 139****3333", "+86 139 1111 3333, 139****3333"})
    void masksOnePhoneValue(String value, String masked) {
        assertThat(Masking.phone(value)).isEqualTo(masked);
    }
}
