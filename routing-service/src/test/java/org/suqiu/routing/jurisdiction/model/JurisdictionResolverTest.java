package org.suqiu.routing.jurisdiction.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.suqiu.routing.DemoData;

class JurisdictionResolverTest {

    private final JurisdictionResolver resolver = DemoData.jurisdictionResolver();

    @Test
    void shouldFallBackToTheChannelsHomeJurisdictionWhenNothingElseTells() {
        JurisdictionFinding found = resolver.resolve(null, null, "噪音扰民，晚上睡不着", "330483");

        assertThat(found.jurisdiction().code()).isEqualTo("330483");
        assertThat(found.method()).isEqualTo(JurisdictionMethod.HOME);
    }

    @Test
    void shouldPreferTheAddressToTheHomeJurisdiction() {
        JurisdictionFinding found = resolver.resolve(null, "嘉善县魏塘街道", null, "330483");

        assertThat(found.jurisdiction().code()).isEqualTo("330421001");
        assertThat(found.method()).isEqualTo(JurisdictionMethod.ADDRESS);
    }

    @Test
    void shouldTakeADeeperLevelAnImportedGazetteerHasWhenTheAddressNamesIt() {
        java.util.List<Jurisdiction> deeper = new java.util.ArrayList<>(DemoData.jurisdictions().all());
        deeper.add(new Jurisdiction("330483100001", "观前社区", JurisdictionLevel.COMMUNITY, "330483100"));
        Jurisdictions gazetteer = Jurisdictions.of(deeper);
        JurisdictionResolver withCommunities = new JurisdictionResolver(gazetteer, DemoData.pointLocator(),
                new AddressMatcher(gazetteer, DemoData.GENERIC_WORDS));

        JurisdictionFinding found = withCommunities.resolve(null, "桐乡市乌镇镇观前社区12幢", null, null);

        assertThat(found.jurisdiction().code()).isEqualTo("330483100001");
        assertThat(found.county().code()).isEqualTo("330483");
    }

    @Test
    void shouldIgnoreAnUnknownHomeJurisdiction() {
        JurisdictionFinding found = resolver.resolve(null, null, "噪音扰民", "999999");

        assertThat(found.found()).isFalse();
        assertThat(found.steps()).last().satisfies(s -> assertThat(s.method()).isEqualTo(JurisdictionMethod.HOME));
    }

    @Test
    void shouldReadNamesOfDifferentCountiesWithinTheHomeJurisdictionWhenOnlyOneLiesThere() {
        // 桐乡 and 嘉善: two counties, no answer by name alone; a hotline of 桐乡市 takes its own
        JurisdictionFinding found = resolver.resolve(null, "桐乡到嘉善的班车", null, "330483");

        assertThat(found.jurisdiction().code()).isEqualTo("330483");
        assertThat(found.method()).isEqualTo(JurisdictionMethod.ADDRESS);
    }
}
