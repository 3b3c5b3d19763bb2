package org.suqiu.notification.jurisdiction.model;

import org.suqiu.platform.security.JurisdictionScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JurisdictionCodeTest {

    @ParameterizedTest
    @CsvSource({
            "330000, PROVINCE, 33",
            "330400, CITY, 3304",
            "330483, COUNTY, 330483",
            "330483102, TOWNSHIP, 330483102",
            "330483102001, VILLAGE, 330483102001"})
    void shouldKnowTheLevelAndSignificantDigitsOfEachCanonicalCode(String raw, JurisdictionScope.Level level, String digits) {
        JurisdictionCode code = JurisdictionCode.of(raw);

        assertThat(code.level()).isEqualTo(level);
        assertThat(code.significantDigits()).isEqualTo(digits);
    }

    @Test
    void shouldReadTwelveDigitStatisticalCodesPaddedWithZerosAsTheirDivision() {
        assertThat(JurisdictionCode.of("330483102000")).isEqualTo(JurisdictionCode.of("330483102"));
        assertThat(JurisdictionCode.of("330483000000")).isEqualTo(JurisdictionCode.of("330483"));
        assertThat(JurisdictionCode.of(" 330483 ").value()).isEqualTo("330483");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "3304", "33048", "3304831", "33048310", "000000", "33O483", "嘉兴市", "3304831020011"})
    void shouldRefuseWhatIsNotADivisionCode(String raw) {
        assertThat(JurisdictionCode.parse(raw)).isEmpty();
        assertThatThrownBy(() -> JurisdictionCode.of(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseNoCode() {
        assertThat(JurisdictionCode.parse(null)).isEmpty();
    }

    @Test
    void shouldClimbFromATownshipThroughItsCountyAndCityToItsProvince() {
        assertThat(JurisdictionCode.of("330483102001").selfAndAncestors())
                .extracting(JurisdictionCode::value)
                .containsExactly("330483102001", "330483102", "330483", "330400", "330000");
    }

    @Test
    void shouldClimbFromATownshipOfACityWithoutCountiesStraightToTheCity() {
        assertThat(JurisdictionCode.of("441900003").selfAndAncestors())
                .extracting(JurisdictionCode::value)
                .containsExactly("441900003", "441900", "440000");
    }

    @Test
    void shouldContainItselfAndEveryDivisionBelowButNoSibling() {
        JurisdictionCode jiaxing = JurisdictionCode.of("330400");
        JurisdictionCode tongxiang = JurisdictionCode.of("330483");
        JurisdictionCode wuzhen = JurisdictionCode.of("330483102");

        assertThat(jiaxing.contains(wuzhen)).isTrue();
        assertThat(tongxiang.contains(wuzhen)).isTrue();
        assertThat(tongxiang.contains(tongxiang)).isTrue();
        assertThat(JurisdictionCode.of("330421").contains(wuzhen)).isFalse();
        assertThat(wuzhen.contains(tongxiang)).isFalse();
        assertThat(JurisdictionCode.of("330100").contains(wuzhen)).isFalse();
    }
}
