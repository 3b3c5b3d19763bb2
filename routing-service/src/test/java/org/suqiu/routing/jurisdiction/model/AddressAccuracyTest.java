package org.suqiu.routing.jurisdiction.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.suqiu.routing.DemoData;

/**
 * The share of generated 嘉兴市 addresses (from the divisions: county + township + a made-up street
 * and number, written the ways people write them) that land on the right township.
 */
class AddressAccuracyTest {

    private static final String[] STREETS = {"人民路", "解放路", "中山路", "新华路", "文化路", "建设路", "环城北路", "光明街",
        "幸福里", "振兴东路", "工业园区纬二路", "长虹路", "学院路", "运河路", "花园弄"};
    private static final String[] PLACES = {"小区", "菜市场门口", "公交站旁", "幼儿园对面", "十字路口"};

    private final Jurisdictions gazetteer = DemoData.jurisdictions();
    private final JurisdictionResolver resolver = DemoData.jurisdictionResolver();

    /** How an address is written: full names, short names, the township alone, with the city in front. */
    private static Map<String, BiFunction<Jurisdiction[], String, String>> styles() {
        Map<String, BiFunction<Jurisdiction[], String, String>> styles = new LinkedHashMap<>();
        styles.put("city+county+township (full)", (p, street) -> "嘉兴市" + p[0].name() + p[1].name() + street);
        styles.put("county+township (full)", (p, street) -> p[0].name() + p[1].name() + street);
        styles.put("county+township (short)", (p, street) -> shortName(p[0].name()) + shortName(p[1].name()) + street);
        styles.put("township only (full)", (p, street) -> p[1].name() + street);
        return styles;
    }

    private static String shortName(String name) {
        for (String suffix : List.of("街道", "镇", "乡", "市", "县", "区")) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2 && !suffix.equals("街道")) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    @Test
    void shouldLandGeneratedAddressesOnTheRightTownship() {
        Random random = new Random(20261120L);
        List<Jurisdiction> townships = gazetteer.atLevel(JurisdictionLevel.TOWNSHIP);
        Map<String, double[]> shares = new LinkedHashMap<>();
        int total = 0;
        int right = 0;
        for (var style : styles().entrySet()) {
            int ok = 0;
            int n = 0;
            for (Jurisdiction township : townships) {
                Jurisdiction county = gazetteer.byCode(township.parentCode()).orElseThrow();
                for (int k = 0; k < 5; k++) {
                    String street = STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(300)) + "号"
                            + PLACES[random.nextInt(PLACES.length)];
                    String address = style.getValue().apply(new Jurisdiction[] {county, township}, street);
                    JurisdictionFinding found = resolver.resolve(null, address, null, "330400");
                    n++;
                    if (found.found() && found.jurisdiction().code().equals(township.code())) {
                        ok++;
                    }
                }
            }
            shares.put(style.getKey(), new double[] {(double) ok / n, n});
            total += n;
            right += ok;
        }
        shares.forEach((style, s) -> System.out.printf(Locale.ROOT, "Addresses %-30s %5.1f%% of %d on the right township%n",
                style, 100 * s[0], (int) s[1]));
        System.out.printf(Locale.ROOT, "Addresses overall %.1f%% of %d%n", 100.0 * right / total, total);

        assertThat(shares.get("city+county+township (full)")[0]).isGreaterThanOrEqualTo(0.99);
        assertThat(shares.get("county+township (full)")[0]).isGreaterThanOrEqualTo(0.99);
        assertThat(shares.get("county+township (short)")[0]).isGreaterThanOrEqualTo(0.80);
        assertThat(shares.get("township only (full)")[0]).isGreaterThanOrEqualTo(0.90);
    }
}
