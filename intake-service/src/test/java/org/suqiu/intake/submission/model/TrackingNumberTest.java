package org.suqiu.intake.submission.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

class TrackingNumberTest {

    @Test
    void shouldUseTheDateInChinaNotInUtc() {
        // 17:30 UTC on 21 November is 01:30 on 22 November in Beijing
        TrackingNumber number = TrackingNumber.issue(Instant.parse("2026-11-21T17:30:00Z"), new SecureRandom());

        assertThat(number.value()).startsWith("SQ20261122");
        assertThat(number.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void shouldBeSqDateAndSixCharactersOfDigitsAndCapitals() {
        RandomGenerator random = new SecureRandom();
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String value = TrackingNumber.issue(Instant.parse("2026-11-22T02:30:00Z"), random).value();
            assertThat(value).matches("SQ20261122[0-9A-Z]{6}").hasSize(TrackingNumber.LENGTH);
            issued.add(value);
        }
        assertThat(issued).as("36^6 numbers a day: 2000 draws should not repeat").hasSize(2000);
    }

    @Test
    void shouldTakeItsRandomCharactersFromTheGivenSource() {
        RandomGenerator alwaysLast = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public int nextInt(int bound) {
                return bound - 1;
            }
        };

        assertThat(TrackingNumber.issue(Instant.parse("2026-01-05T00:00:00Z"), alwaysLast).value())
                .isEqualTo("SQ20260105ZZZZZZ");
    }

    @Test
    void shouldForgiveBlanksAndLowerCaseWhenACitizenTypesIt() {
        assertThat(TrackingNumber.parse("  sq20261122k7f3qx ")).contains(new TrackingNumber("SQ20261122K7F3QX"));
    }

    @Test
    void shouldRejectWhatCannotBeATrackingNumber() {
        assertThat(TrackingNumber.parse(null)).isEmpty();
        assertThat(TrackingNumber.parse("SQ20261122K7F3Q")).isEmpty();
        assertThat(TrackingNumber.parse("SQ20261122K7F3QXX")).isEmpty();
        assertThat(TrackingNumber.parse("XX20261122K7F3QX")).isEmpty();
        assertThat(TrackingNumber.parse("SQ20261322K7F3QX")).as("month 13").isEmpty();
        assertThat(TrackingNumber.parse("SQ20261122K7F3Q!")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new TrackingNumber("SQ2026112K7F3QX"));
    }
}
