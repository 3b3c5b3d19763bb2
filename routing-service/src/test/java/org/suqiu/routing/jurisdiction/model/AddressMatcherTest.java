package org.suqiu.routing.jurisdiction.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.suqiu.routing.DemoData;

class AddressMatcherTest {

    private final AddressMatcher matcher = DemoData.addressMatcher();

    @Test
    void shouldFindTheCountyByItsFullName() {
        AddressMatch match = matcher.match("桐乡市振兴东路一小区门口");

        assertThat(match.result()).isEqualTo(AddressMatch.Result.FOUND);
        assertThat(match.jurisdiction().code()).isEqualTo("330483");
        assertThat(match.hits()).extracting(PlaceNameHit::name).containsExactly("桐乡市");
    }

    @Test
    void shouldKeepTheTownshipWhenTheAddressNamesOneForCertain() {
        AddressMatch match = matcher.match("浙江省嘉兴市嘉善县魏塘街道中山路1号");

        assertThat(match.jurisdiction().code()).isEqualTo("330421001");
        assertThat(match.jurisdiction().name()).isEqualTo("魏塘街道");
    }

    @Test
    void shouldFindTheCountyByItsShortName() {
        assertThat(matcher.match("桐乡这边的菜市场").jurisdiction().code()).isEqualTo("330483");
        assertThat(matcher.match("南湖的一家饭店").jurisdiction().code()).isEqualTo("330402");
        assertThat(matcher.match("嘉善高铁站").jurisdiction().code()).isEqualTo("330421");
    }

    @Test
    void shouldFindATownshipByItsNameAndGiveItsCode() {
        assertThat(matcher.match("乌镇镇北栅附近工厂").jurisdiction().code()).isEqualTo("330483100");
        assertThat(matcher.match("海宁市长安镇").jurisdiction().code()).isEqualTo("330481103");
    }

    @Test
    void shouldFindATownByItsShortName() {
        AddressMatch match = matcher.match("乌镇西栅停车场收费混乱");

        assertThat(match.jurisdiction().code()).isEqualTo("330483100");
        assertThat(match.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.name()).isEqualTo("乌镇");
            assertThat(hit.kind()).isEqualTo(PlaceNameKind.TOWNSHIP_SHORT_NAME);
        });
    }

    @Test
    void shouldReadTheLongestNameWhereNamesOverlap() {
        // 西塘桥街道 is in 海盐县; 西塘 (镇) is in 嘉善县
        assertThat(matcher.match("西塘桥街道某工地").jurisdiction().code()).isEqualTo("330424002");
        assertThat(matcher.match("西塘古镇").jurisdiction().code()).isEqualTo("330421103");
    }

    @Test
    void shouldFindNothingWhenNoPlaceIsNamed() {
        AddressMatch match = matcher.match("小区楼下烧烤店油烟很大");

        assertThat(match.result()).isEqualTo(AddressMatch.Result.NONE);
        assertThat(match.jurisdiction()).isNull();
        assertThat(match.hits()).isEmpty();
    }

    @Test
    void shouldNotTakeTheCityAloneForAJurisdiction() {
        AddressMatch match = matcher.match("嘉兴市区一条河道发臭");

        assertThat(match.result()).isEqualTo(AddressMatch.Result.NONE);
        assertThat(match.hits()).extracting(PlaceNameHit::codes).containsExactly(List.of("330400"));
    }

    @Test
    void shouldNotGuessBetweenTwoCountiesNamedInTheSameText() {
        AddressMatch match = matcher.match("我从海宁搬到桐乡以后社保转不过来");

        assertThat(match.result()).isEqualTo(AddressMatch.Result.AMBIGUOUS);
        assertThat(match.jurisdiction()).isNull();
        assertThat(match.conflicting()).containsExactly("330481", "330483");
    }

    @Test
    void shouldPreferAFullNameOverTheShortNameOfAnotherCounty() {
        assertThat(matcher.match("桐乡市海宁路口").jurisdiction().code()).isEqualTo("330483");
    }

    @Test
    void shouldNotMatchATownWhoseShortNameIsACommonWord() {
        assertThat(matcher.match("大桥下面堆满垃圾").result()).isEqualTo(AddressMatch.Result.NONE);
        assertThat(matcher.match("南湖区大桥镇").jurisdiction().code()).isEqualTo("330402105");
    }

    @Test
    void shouldNotShortenSubdistrictNamesThatAreOrdinaryWords() {
        // 建设街道 (南湖区) would otherwise turn every 城乡建设 into a place
        assertThat(matcher.match("城乡建设问题").result()).isEqualTo(AddressMatch.Result.NONE);
    }

    @Test
    void shouldNotGuessAShortNameThatTwoCountiesShare() {
        Jurisdictions gazetteer = Jurisdictions.of(List.of(
                new Jurisdiction("330400", "嘉兴市", JurisdictionLevel.CITY, null),
                new Jurisdiction("330402", "南湖区", JurisdictionLevel.COUNTY, "330400"),
                new Jurisdiction("330411", "秀洲区", JurisdictionLevel.COUNTY, "330400"),
                new Jurisdiction("330402201", "新城镇", JurisdictionLevel.TOWNSHIP, "330402"),
                new Jurisdiction("330411201", "新城镇", JurisdictionLevel.TOWNSHIP, "330411")));
        AddressMatcher ambiguous = new AddressMatcher(gazetteer, List.of());

        assertThat(ambiguous.ambiguousShortNames()).containsExactly("新城");
        assertThat(ambiguous.match("新城菜场门口").result()).isEqualTo(AddressMatch.Result.NONE);
        assertThat(ambiguous.match("新城镇菜场门口").result()).isEqualTo(AddressMatch.Result.AMBIGUOUS);
        assertThat(ambiguous.match("秀洲区新城镇菜场门口").jurisdiction().code()).isEqualTo("330411201");
    }

    @Test
    void shouldUseAShortNameSharedWithinOneCountyForThatCounty() {
        Jurisdictions gazetteer = Jurisdictions.of(List.of(
                new Jurisdiction("330400", "嘉兴市", JurisdictionLevel.CITY, null),
                new Jurisdiction("330402", "南湖区", JurisdictionLevel.COUNTY, "330400"),
                new Jurisdiction("330402201", "新城镇", JurisdictionLevel.TOWNSHIP, "330402"),
                new Jurisdiction("330402202", "新城乡", JurisdictionLevel.TOWNSHIP, "330402")));

        AddressMatch match = new AddressMatcher(gazetteer, List.of()).match("新城菜场门口");

        assertThat(match.jurisdiction().code()).isEqualTo("330402");
    }

    @Test
    void shouldFindNothingInAnEmptyText() {
        assertThat(matcher.match(null).result()).isEqualTo(AddressMatch.Result.NONE);
        assertThat(matcher.match("  ").result()).isEqualTo(AddressMatch.Result.NONE);
    }
}
