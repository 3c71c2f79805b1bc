package com.branchmate.extraction.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3万5|35000", "一百零五万|1050000", "1,500|1500", "1,200,000|1200000", "八千|8000", "3.5万|35000",
            "五千|5000", "二零二五|2025", "二〇一二|2012", "两百五|250", "一千二|1200", "8千3|8300", "十五|15",
            "二十|20", "廿三|23", "三十一|31", "一千零二十一|1021", "一万零五百|10500", "十万零五|100005",
            "2千万五|20005000", "一百六十八万五千两百四十五|1685245", "2亿5|250000000", "一亿零四万四千|100044000",
            "一万亿|1000000000000", "三点五万|35000", "一百二十点二五|120.25", "一万点五|10000.5", "壹拾万零壹佰壹拾壹|100111", "貳佰零伍|205", "兩百四十五|245",
            "二萬五|25000", "一百十|110", "１５００|1500", "345 万|3450000", "零|0"})
    void readsNumbersAsWritten(String text, BigDecimal expected) {
        assertThat(ChineseNumerals.parse(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"十几", "一百多万", "大几百万", "七十多", "十来万", "三四十万", "一两", "几百", "百", "万", "abc", ""})
    void vagueOrMalformedNumbersHaveNoValue(String text) {
        assertThat(ChineseNumerals.first(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5000", "3..5", "百五", "五百百", "一二三四十"})
    void malformedStringsAreNotNumbers(String text) {
        assertThat(ChineseNumerals.parse(text)).isEmpty();
    }

    @Test
    void vagueNumbersAreFoundAsVagueWithTheirWholeSpan() {
        var mentions = ChineseNumerals.find("资产大几百万吧，七十多了");
        assertThat(mentions).extracting(ChineseNumerals.NumberMention::text).containsExactly("大几百万", "七十多");
        assertThat(mentions).allMatch(ChineseNumerals.NumberMention::vague);
        assertThat(ChineseNumerals.find("数十万").get(0).vague()).isTrue();
    }

    @Test
    void findsEachNumberOnceWithItsSpan() {
        var mentions = ChineseNumerals.find("存了1,500元，又买了3万5的理财，3,5和4");
        assertThat(mentions).extracting(ChineseNumerals.NumberMention::text)
                .containsExactly("1,500", "3万5", "3", "5", "4");
        assertThat(mentions.get(1).bigUnit()).isTrue();
    }

    @Test
    void parseIntGivesMinusOneForWhatIsNotAWholeNumber() {
        assertThat(ChineseNumerals.parseInt("二十")).isEqualTo(20);
        assertThat(ChineseNumerals.parseInt("3.5")).isEqualTo(-1);
        assertThat(ChineseNumerals.parseInt("十几")).isEqualTo(-1);
        assertThat(ChineseNumerals.parseInt("一千万")).isEqualTo(10_000_000);
    }

    /** Writes n the standard way (一千零五万三千零二十), the form every notes writer and nzh produce. */
    static String chinese(long n) {
        if (n == 0) {
            return "零";
        }
        String[] bigUnits = {"", "万", "亿"};
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        int group = 0;
        long[] groups = new long[3];
        long rest = n;
        while (rest > 0) {
            groups[group++] = rest % 10_000;
            rest /= 10_000;
        }
        for (int g = group - 1; g >= 0; g--) {
            long section = groups[g];
            if (section == 0) {
                zeroPending = out.length() > 0;
                continue;
            }
            if (zeroPending || out.length() > 0 && section < 1000) {
                out.append('零');
            }
            out.append(sectionWords(section, out.length() == 0)).append(bigUnits[g]);
            zeroPending = false;
        }
        return out.toString();
    }

    private static String sectionWords(long section, boolean leading) {
        String digits = "零一二三四五六七八九";
        String[] units = {"千", "百", "十", ""};
        StringBuilder b = new StringBuilder();
        boolean zero = false;
        long[] d = {section / 1000, section / 100 % 10, section / 10 % 10, section % 10};
        int first = 0;
        while (d[first] == 0) {
            first++;
        }
        for (int k = first; k < 4; k++) {
            if (d[k] == 0) {
                zero = true;
                continue;
            }
            if (zero) {
                b.append('零');
                zero = false;
            }
            if (!(leading && k == 2 && k == first && d[k] == 1)) {
                b.append(digits.charAt((int) d[k]));
            }
            b.append(units[k]);
        }
        return b.toString();
    }

    @Property(tries = 2000)
    void readsEveryNumberWrittenTheStandardWay(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
        assertThat(ChineseNumerals.parse(chinese(n))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(n)));
    }

    @Property(tries = 500)
    void readsArabicWithThousandsCommas(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
        String grouped = String.format("%,d", n);
        assertThat(ChineseNumerals.first("存了" + grouped + "元")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(n)));
    }

    @Property(tries = 500)
    void neverThrowsOnAnyText(@ForAll String text) {
        ChineseNumerals.find(text);
        ChineseNumerals.parse(text);
    }
}
