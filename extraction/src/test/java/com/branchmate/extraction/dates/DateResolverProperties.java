package com.branchmate.extraction.dates;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateResolverProperties {

    private final DateResolver resolver = new DateResolver();

    @Property(tries = 200)
    void neverThrowsAndStaysFast(@ForAll("noteLikeText") String text, @ForAll("references") LocalDate reference) {
        long start = System.nanoTime();
        var mentions = resolver.find(text, reference);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
        for (var m : mentions) {
            assertThat(m.start()).isBetween(0, text.length());
            assertThat(m.end()).isBetween(m.start(), text.length());
        }
    }

    @Property(tries = 200)
    void undatedMonthDaysAreNeverBeforeTheReference(@ForAll @IntRange(min = 1, max = 12) int month,
                                                    @ForAll @IntRange(min = 1, max = 28) int day,
                                                    @ForAll("references") LocalDate reference) {
        assertThat(resolver.resolve(month + "月" + day + "日", reference)).hasValueSatisfying(d -> {
            assertThat(d).isAfterOrEqualTo(reference);
            assertThat(d).isBefore(reference.plusYears(1).plusDays(1));
        });
    }

    @Property(tries = 100)
    void nextWeekIsAlwaysNextWeek(@ForAll @IntRange(min = 1, max = 7) int weekday, @ForAll("references") LocalDate reference) {
        String word = "下周" + "一二三四五六日".charAt(weekday - 1);
        LocalDate resolved = resolver.resolve(word, reference).orElseThrow();
        assertThat(resolved.getDayOfWeek().getValue()).isEqualTo(weekday);
        assertThat(resolved).isAfter(reference).isBefore(reference.plusDays(14));
    }

    @Provide
    Arbitrary<LocalDate> references() {
        return Dates.dates().between(LocalDate.of(2020, 1, 1), LocalDate.of(2040, 12, 31));
    }

    @Provide
    Arbitrary<String> noteLikeText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(5_000),
                Arbitraries.strings().withChars("0123456789年月日号周下这本个农历腊正初十二三廿.-/ 前后底春节国庆")
                        .ofMaxLength(200),
                Arbitraries.of("😀🎉👍 下周三", "'; DROP TABLE fact; --", "<script>alert(1)</script>", "99999999月99日",
                        "农历十三月三十", "2月29日", "下下下下周日"));
    }
}
