package org.suqiu.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JurisdictionScopeTest {

    private static final String ZHEJIANG = "330000";
    private static final String JIAXING = "330400";
    private static final String TONGXIANG = "330483";
    private static final String WUZHEN = "330483102";
    private static final String PUYUAN = "330483106";

    @ParameterizedTest
    @CsvSource({
            "330000, PROVINCE, 33",
            "330400, CITY, 3304",
            "330483, COUNTY, 330483",
            "330483102, TOWNSHIP, 330483102",
            "330483102201, VILLAGE, 330483102201"})
    void shouldKnowTheLevelAndPrefixOfEachKindOfCode(String code, JurisdictionScope.Level level, String prefix) {
        JurisdictionScope scope = JurisdictionScope.of(code);

        assertThat(scope.level()).isEqualTo(level);
        assertThat(scope.prefix()).isEqualTo(prefix);
        assertThat(scope.code()).isEqualTo(code);
    }

    @Test
    void shouldLetACityCoverEveryCodeOfItsCountiesTownshipsAndVillages() {
        JurisdictionScope jiaxing = JurisdictionScope.of(JIAXING);

        assertThat(jiaxing.covers(JIAXING)).isTrue();
        assertThat(jiaxing.covers(TONGXIANG)).isTrue();
        assertThat(jiaxing.covers(WUZHEN)).isTrue();
        assertThat(jiaxing.covers("330483102201")).isTrue();
        assertThat(jiaxing.covers("330402")).isTrue();
    }

    @Test
    void shouldNotLetACityCoverItsProvinceOrANeighbouringCity() {
        JurisdictionScope jiaxing = JurisdictionScope.of(JIAXING);

        assertThat(jiaxing.covers(ZHEJIANG)).isFalse();
        assertThat(jiaxing.covers("330100")).isFalse();
        assertThat(jiaxing.covers("330106")).isFalse();
        assertThat(jiaxing.covers("330500")).isFalse();
    }

    @Test
    void shouldLetACountyCoverItsTownshipsButNotItsCityOrASiblingCounty() {
        JurisdictionScope tongxiang = JurisdictionScope.of(TONGXIANG);

        assertThat(tongxiang.covers(TONGXIANG)).isTrue();
        assertThat(tongxiang.covers(WUZHEN)).isTrue();
        assertThat(tongxiang.covers(PUYUAN)).isTrue();
        assertThat(tongxiang.covers(JIAXING)).isFalse();
        assertThat(tongxiang.covers("330482")).isFalse();
        assertThat(tongxiang.covers("330482102")).isFalse();
    }

    @Test
    void shouldNotLetATownshipCoverASiblingTownshipOfTheSameCounty() {
        JurisdictionScope wuzhen = JurisdictionScope.of(WUZHEN);

        assertThat(wuzhen.covers(WUZHEN)).isTrue();
        assertThat(wuzhen.covers("330483102201")).isTrue();
        assertThat(wuzhen.covers(PUYUAN)).isFalse();
        assertThat(wuzhen.covers("330483103")).isFalse();
        assertThat(wuzhen.covers(TONGXIANG)).isFalse();
    }

    @Test
    void shouldLetAProvinceCoverEverythingStartingWithItsTwoDigitsOnly() {
        JurisdictionScope zhejiang = JurisdictionScope.of(ZHEJIANG);

        assertThat(zhejiang.covers(ZHEJIANG)).isTrue();
        assertThat(zhejiang.covers(JIAXING)).isTrue();
        assertThat(zhejiang.covers(WUZHEN)).isTrue();
        assertThat(zhejiang.covers("320000")).isFalse();
        assertThat(zhejiang.covers("340483")).isFalse();
    }

    @Test
    void shouldCompareScopesByTheSubtreeTheyName() {
        assertThat(JurisdictionScope.of(JIAXING).covers(JurisdictionScope.of(WUZHEN))).isTrue();
        assertThat(JurisdictionScope.of(WUZHEN).covers(JurisdictionScope.of(JIAXING))).isFalse();
        assertThat(JurisdictionScope.of(WUZHEN).covers(JurisdictionScope.of(PUYUAN))).isFalse();
    }

    @Test
    void shouldReadTwelveDigitStatisticalCodesPaddedWithZerosAsTheDivisionTheyPad() {
        assertThat(JurisdictionScope.of("330483102000")).isEqualTo(JurisdictionScope.of(WUZHEN));
        assertThat(JurisdictionScope.of("330483000000")).isEqualTo(JurisdictionScope.of(TONGXIANG));
        assertThat(JurisdictionScope.of("330400000000").level()).isEqualTo(JurisdictionScope.Level.CITY);
        assertThat(JurisdictionScope.of(" 330483 ").code()).isEqualTo(TONGXIANG);
        assertThat(JurisdictionScope.of(WUZHEN).covers("330483102000")).isTrue();
        assertThat(JurisdictionScope.of(WUZHEN).covers("330483000000")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "33", "3304", "33048", "3304831", "33048310", "3304831020", "3304831020011",
            "000000", "001234", "330083", "33O483", "-33048", "+330483", "330483 102", "３３０４８３", "嘉兴市", "3.3E5"})
    void shouldRefuseWhatIsNotADivisionCode(String code) {
        assertThat(JurisdictionScope.parse(code)).isEmpty();
        assertThat(JurisdictionScope.isDivisionCode(code)).isFalse();
        assertThatThrownBy(() -> JurisdictionScope.of(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3304", "33048", "330483x", "33048310", "3304831020", "３３０４８３１０２"})
    void shouldNeverCoverAMalformedCodeEvenWhenItStartsWithThePrefix(String code) {
        assertThat(JurisdictionScope.of(JIAXING).covers(code)).isFalse();
        assertThat(JurisdictionScope.of("330000").covers(code)).isFalse();
    }

    @Test
    void shouldNotCoverNull() {
        assertThat(JurisdictionScope.of(JIAXING).covers((String) null)).isFalse();
    }

    @Test
    void shouldOfferAnAnchoredRegexAndARangeMatchingExactlyTheSubtree() {
        JurisdictionScope tongxiang = JurisdictionScope.of(TONGXIANG);

        assertThat(tongxiang.regexPrefix()).isEqualTo("^330483");
        assertThat(tongxiang.lowerBound()).isEqualTo("330483");
        assertThat(tongxiang.upperBound()).isEqualTo("330484");
        assertThat(JurisdictionScope.of(JIAXING).regexPrefix()).isEqualTo("^3304");
        assertThat(JurisdictionScope.of(ZHEJIANG).upperBound()).isEqualTo("34");
    }

    @Test
    void shouldNeedNoCarryForARangeEndingInNine() {
        JurisdictionScope county = JurisdictionScope.of("330489");

        assertThat(county.upperBound()).isEqualTo("33048:");
        assertThat("330489999".compareTo(county.lowerBound())).isPositive();
        assertThat("330489999".compareTo(county.upperBound())).isNegative();
        assertThat("330490".compareTo(county.upperBound())).isPositive();
    }

    @Test
    void shouldCoverByRangeTheSameCodesAsByPrefix() {
        String[] codes = {ZHEJIANG, JIAXING, TONGXIANG, WUZHEN, PUYUAN, "330483102201", "330482", "330100", "330489001",
                "330490", "339900", "340000", "320483102"};
        for (String scopeCode : new String[] {ZHEJIANG, JIAXING, TONGXIANG, WUZHEN, "330489", "339900"}) {
            JurisdictionScope scope = JurisdictionScope.of(scopeCode);
            for (String code : codes) {
                boolean inRange = code.compareTo(scope.lowerBound()) >= 0 && code.compareTo(scope.upperBound()) < 0;
                assertThat(inRange).as("%s in range of %s", code, scopeCode).isEqualTo(scope.covers(code));
                assertThat(code.matches(scope.regexPrefix() + ".*")).as("%s by regex of %s", code, scopeCode)
                        .isEqualTo(scope.covers(code));
            }
        }
    }
}
