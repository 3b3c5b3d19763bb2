package org.suqiu.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.suqiu.routing.assignment.model.RoutingRule;
import org.suqiu.routing.classification.model.Categories;
import org.suqiu.routing.jurisdiction.infrastructure.BoundaryImport;
import org.suqiu.routing.jurisdiction.model.Boundary;
import org.suqiu.routing.jurisdiction.model.Crs;
import org.suqiu.routing.jurisdiction.model.Jurisdiction;
import org.suqiu.routing.jurisdiction.model.JurisdictionLevel;
import org.suqiu.routing.jurisdiction.model.Jurisdictions;

/** The demo data copied into the service is complete and consistent with itself. */
class DemoDataFilesTest {

    private static final List<String> COUNTIES = List.of("330402", "330411", "330421", "330424", "330481", "330482", "330483");
    private final Jurisdictions jurisdictions = DemoData.jurisdictions();

    @Test
    void shouldHoldJiaxingItsSevenCountiesAndTheirTownships() {
        assertThat(jurisdictions.all()).hasSize(80);
        assertThat(jurisdictions.atLevel(JurisdictionLevel.CITY)).extracting(Jurisdiction::code).containsExactly("330400");
        assertThat(jurisdictions.atLevel(JurisdictionLevel.COUNTY)).extracting(Jurisdiction::code).containsExactlyElementsOf(COUNTIES);
        assertThat(jurisdictions.atLevel(JurisdictionLevel.TOWNSHIP)).hasSize(72)
                .allSatisfy(t -> assertThat(t.code()).hasSize(9).startsWith(t.parentCode()));
        assertThat(jurisdictions.byCode("330483100")).map(Jurisdiction::name).contains("乌镇镇");
        assertThat(jurisdictions.lineage(jurisdictions.byCode("330483100").orElseThrow()))
                .extracting(Jurisdiction::code).containsExactly("330483100", "330483", "330400");
    }

    @Test
    void shouldHoldTheSevenCountyBoundariesInBothCrs() {
        for (Crs crs : Crs.values()) {
            List<Boundary> boundaries = BoundaryImport.read(
                    new ClassPathResource("demo/boundaries_" + crs.name().toLowerCase() + ".geojson"), crs);
            assertThat(boundaries).extracting(Boundary::jurisdictionCode).containsExactlyInAnyOrderElementsOf(COUNTIES);
            assertThat(boundaries).allSatisfy(b -> assertThat(b.area().isEmpty()).isFalse());
        }
    }

    @Test
    void shouldRouteEveryCategoryInEveryCountyAndTownshipMattersOfWuzhenAndPuyuanToAUnitOfThere() {
        List<RoutingRule> rules = DemoData.ruleRows();
        Map<String, List<String>> categoriesByJurisdiction = rules.stream().collect(Collectors.groupingBy(
                RoutingRule::jurisdictionCode, Collectors.mapping(RoutingRule::category, Collectors.toList())));

        assertThat(categoriesByJurisdiction).containsOnlyKeys(
                java.util.stream.Stream.concat(COUNTIES.stream(), java.util.stream.Stream.of("330483100", "330483101")).toList());
        COUNTIES.forEach(county -> assertThat(categoriesByJurisdiction.get(county))
                .containsExactlyInAnyOrderElementsOf(Categories.FIRST_LEVEL));
        assertThat(categoriesByJurisdiction.get("330483100")).containsExactly("城乡建设");
        assertThat(categoriesByJurisdiction.get("330483101")).containsExactly("城乡建设", "交通运输");
        assertThat(rules).allSatisfy(rule -> assertThat(DemoData.directory().unit(rule.unitId())).get()
                .satisfies(unit -> assertThat(unit.jurisdictionCode()).isEqualTo(rule.jurisdictionCode())));
    }
}
