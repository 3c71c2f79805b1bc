package com.branchmate.bot.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LunarDatesTest {

    private final LunarDates dates = new LunarDates();

    @Test
    void lunarBirthdayNextOccurrence() {
        assertThat(dates.nextOccurrence("lunar:--08-15", LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2026, 9, 25));
        assertThat(dates.nextOccurrence("lunar:--08-15", LocalDate.of(2026, 9, 26))).isEqualTo(LocalDate.of(2027, 9, 15));
    }

    @Test
    void lunarBirthdayOnTheDayItselfIsToday() {
        assertThat(dates.nextOccurrence("lunar:--08-15", LocalDate.of(2026, 9, 25))).isEqualTo(LocalDate.of(2026, 9, 25));
    }

    @Test
    void lunarDayThirtyInAShortMonthFallsOnItsLastDay() {
        // 腊月 of lunar year 2025 has 29 days: 除夕 is 腊月二十九, 2026-02-16, across the solar new year.
        assertThat(dates.nextOccurrence("lunar:--12-30", LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 2, 16));
        // 八月 of 2026 has 29 days too; 八月廿九 is 2026-10-09.
        assertThat(dates.nextLunar(8, 30, LocalDate.of(2026, 10, 1))).isEqualTo(dates.nextLunar(8, 29, LocalDate.of(2026, 10, 1)));
    }

    @Test
    void leapMonthIsSkippedForTheOrdinaryMonth() {
        // 2025 has 闰六月: 六月初十 is 2025-07-04 and 闰六月初十 2025-08-03; the next after July is 2026's 六月初十.
        assertThat(dates.nextLunar(6, 10, LocalDate.of(2025, 7, 1))).isEqualTo(LocalDate.of(2025, 7, 4));
        assertThat(dates.nextLunar(6, 10, LocalDate.of(2025, 7, 5))).isEqualTo(LocalDate.of(2026, 7, 23));
    }

    @Test
    void solarBirthdayNextOccurrence() {
        assertThat(dates.nextOccurrence("--03-15", LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(dates.nextOccurrence("--03-15", LocalDate.of(2026, 3, 16))).isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void leapDayBirthdayFallsOnTheTwentyEighthInCommonYears() {
        assertThat(dates.nextOccurrence("--02-29", LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(dates.nextOccurrence("--02-29", LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(dates.nextOccurrence("2000-02-29", LocalDate.of(2027, 2, 28))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void fullBirthDateUsesItsMonthAndDay() {
        assertThat(dates.nextOccurrence("1985-06-01", LocalDate.of(2026, 5, 30))).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void upcomingIsWithinTheWindowStartingToday() {
        LocalDate today = LocalDate.of(2026, 11, 22);

        assertThat(dates.upcoming("--11-28", today, 7)).contains(LocalDate.of(2026, 11, 28));
        assertThat(dates.upcoming("--11-29", today, 7)).isEmpty();
        assertThat(dates.upcoming("--11-22", today, 1)).contains(today);
        assertThat(dates.upcoming("--11-22", today, 0)).isEmpty();
        assertThat(dates.upcoming(" --11-25 ", today, 7)).contains(LocalDate.of(2026, 11, 25));
    }

    @Test
    void upcomingLunarBirthdayAcrossTheSolarYear() {
        assertThat(dates.upcoming("lunar:--01-01", LocalDate.of(2026, 12, 20), 60)).contains(LocalDate.of(2027, 2, 6));
        assertThat(dates.upcoming("lunar:--01-01", LocalDate.of(2026, 12, 20), 30)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"08-15", "--02-30", "--13-01", "2026-02-30", "lunar:--13-01", "lunar:--08-31",
            "lunar:--00-10", "lunar:08-15", "", "生日八月十五"})
    void malformedBirthdayIsRejected(String value) {
        assertThatThrownBy(() -> dates.nextOccurrence(value, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(value);
    }

    @Test
    void negativeWindowIsRejected() {
        assertThatThrownBy(() -> dates.upcoming("--01-01", LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentLunarLookupsAgreeWithSequentialOnes() throws Exception {
        // lunar-java's year cache is a plain HashMap; this exercises the lock with years not cached yet.
        List<LocalDate> expected = new ArrayList<>();
        for (int year = 1950; year < 1990; year++) {
            expected.add(new LunarDates().nextLunar(8, 15, LocalDate.of(year, 1, 1)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<LocalDate>> results = new ArrayList<>();
            for (int year = 1950; year < 1990; year++) {
                LocalDate from = LocalDate.of(year, 1, 1);
                results.add(pool.submit(() -> dates.nextLunar(8, 15, from)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
