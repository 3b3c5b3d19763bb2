package org.suqiu.intake.open311.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ServiceCatalogTest {

    private static final ServiceAttribute HAZARD = new ServiceAttribute("hazard_level", "singlevaluelist", true, 1, "隐患程度",
            List.of(new ServiceAttribute.Value("high", "严重"), new ServiceAttribute.Value("low", "一般")));

    private static final List<String[]> ROWS = List.of(
            new String[] {"城乡建设", "安全生产", "安全隐患"},
            new String[] {"城乡建设", "城市建设和市政管理", "园林绿化"},
            new String[] {"交通运输", "出租车", "拒载"});

    @Test
    void shouldGiveEachCategoryAStableCodeWhateverTheRowOrder() {
        ServiceCatalog catalog = ServiceCatalog.of(ROWS, Map.of());
        ServiceCatalog reordered = ServiceCatalog.of(List.of(ROWS.get(2), ROWS.get(0), ROWS.get(1)), Map.of());

        String code = OpenService.codeOf("城乡建设", "城市建设和市政管理", "园林绿化");
        assertThat(code).matches("[0-9a-f]{8}");
        assertThat(catalog.find(code)).get().extracting(OpenService::name).isEqualTo("园林绿化");
        assertThat(reordered.find(code)).get().extracting(OpenService::path).isEqualTo("城乡建设/城市建设和市政管理/园林绿化");
        assertThat(catalog.services()).extracting(OpenService::code).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void shouldGroupByTheFirstLevelAndAskAttributesOnlyUnderTheirPrefix() {
        ServiceCatalog catalog = ServiceCatalog.of(ROWS, Map.of("城乡建设/安全生产", List.of(HAZARD)));

        OpenService hazard = catalog.find(OpenService.codeOf("城乡建设", "安全生产", "安全隐患")).orElseThrow();
        OpenService park = catalog.find(OpenService.codeOf("城乡建设", "城市建设和市政管理", "园林绿化")).orElseThrow();
        assertThat(hazard.group()).isEqualTo("城乡建设");
        assertThat(hazard.hasAttributes()).isTrue();
        assertThat(park.hasAttributes()).isFalse();
    }

    @Test
    void shouldAcceptOnlyListedValuesAndInsistOnRequiredAttributes() {
        assertThat(HAZARD.accepts(List.of("high"))).isTrue();
        assertThat(HAZARD.accepts(List.of("very-high"))).isFalse();
        assertThat(HAZARD.accepts(List.of())).isFalse();
        assertThat(new ServiceAttribute("plate", "string", false, 1, "车牌", null).accepts(null)).isTrue();
        assertThat(HAZARD.nameOf("high")).isEqualTo("严重");
    }
}
