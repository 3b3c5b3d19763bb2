package org.suqiu.routing.jurisdiction.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * 地址匹配: finds the jurisdiction a text names, by the gazetteer's full names and their short
 * forms (桐乡市/桐乡, 乌镇镇/乌镇). Full names count before short names and short names before
 * towns' short names; a short name shared by two counties is never used, and names that point to
 * different counties give no answer rather than a guess.
 */
public final class AddressMatcher {

    private static final int MIN_SHORT_NAME_LENGTH = 2;
    private static final Map<JurisdictionLevel, List<String>> SUFFIXES = Map.of(
            JurisdictionLevel.CITY, List.of("自治州", "地区", "市", "盟"),
            JurisdictionLevel.COUNTY, List.of("自治县", "县", "区", "市", "旗"),
            // 街道 keep their suffix: without it they are mostly road names or plain words (建设, 解放, 城南)
            JurisdictionLevel.TOWNSHIP, List.of("民族乡", "镇", "乡"));

    private record Name(String text, PlaceNameKind kind, List<Jurisdiction> places) {
    }

    private record Occurrence(Name name, int start) {
        int end() {
            return start + name.text().length();
        }

        boolean within(Occurrence other) {
            return other.start <= start && end() <= other.end() && other.name.text().length() > name.text().length();
        }
    }

    private final Jurisdictions jurisdictions;
    private final Map<String, Name> names;
    private final Set<String> ambiguousShortNames;

    /**
     * @param genericWords short forms never used because they are also ordinary words or common
     *                     street names (大桥, 长安); full names are always used
     */
    public AddressMatcher(Jurisdictions jurisdictions, Collection<String> genericWords) {
        this.jurisdictions = jurisdictions;
        Map<String, List<Jurisdiction>> fullNames = new LinkedHashMap<>();
        Map<String, List<Jurisdiction>> shortNames = new LinkedHashMap<>();
        Map<String, PlaceNameKind> shortKinds = new HashMap<>();
        for (Jurisdiction j : jurisdictions.all()) {
            if (j.level() == JurisdictionLevel.PROVINCE) {
                continue;
            }
            fullNames.computeIfAbsent(j.name(), k -> new ArrayList<>()).add(j);
            shortForm(j).filter(s -> !genericWords.contains(s)).ifPresent(s -> {
                shortNames.computeIfAbsent(s, k -> new ArrayList<>()).add(j);
                shortKinds.merge(s, j.level() == JurisdictionLevel.TOWNSHIP ? PlaceNameKind.TOWNSHIP_SHORT_NAME
                        : PlaceNameKind.SHORT_NAME, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            });
        }
        Map<String, Name> all = new LinkedHashMap<>();
        fullNames.forEach((text, places) -> all.put(text, new Name(text, PlaceNameKind.FULL_NAME, places)));
        Set<String> ambiguous = new TreeSet<>();
        shortNames.forEach((text, places) -> {
            if (all.containsKey(text)) {
                return;
            }
            if (places.size() > 1 && !jurisdictions.commonAncestor(places).map(j -> j.level().isCountyOrBelow()).orElse(false)) {
                ambiguous.add(text);
                return;
            }
            all.put(text, new Name(text, shortKinds.get(text), places));
        });
        this.names = Map.copyOf(all);
        this.ambiguousShortNames = Set.copyOf(ambiguous);
    }

    private static Optional<String> shortForm(Jurisdiction j) {
        for (String suffix : SUFFIXES.getOrDefault(j.level(), List.of())) {
            if (j.name().endsWith(suffix)) {
                String shortName = j.name().substring(0, j.name().length() - suffix.length());
                return shortName.length() >= MIN_SHORT_NAME_LENGTH ? Optional.of(shortName) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Short forms left out because they name places in different counties. */
    public Set<String> ambiguousShortNames() {
        return ambiguousShortNames;
    }

    /** The deepest jurisdiction the text names for certain. */
    public AddressMatch match(String text) {
        if (text == null || text.isBlank()) {
            return new AddressMatch(AddressMatch.Result.NONE, null, List.of(), List.of());
        }
        List<Occurrence> occurrences = occurrences(text);
        List<PlaceNameHit> hits = occurrences.stream()
                .map(o -> new PlaceNameHit(o.name().text(), o.name().kind(), o.start(),
                        o.name().places().stream().map(Jurisdiction::code).toList()))
                .toList();
        // a name shared by several places (新城镇 in two counties) is read as the one another name confirms
        List<Jurisdiction> anchors = occurrences.stream()
                .filter(o -> o.name().places().size() == 1)
                .map(o -> o.name().places().get(0))
                .filter(j -> j.level().isCountyOrBelow())
                .toList();
        Map<PlaceNameKind, Set<Jurisdiction>> byKind = new EnumMap<>(PlaceNameKind.class);
        for (Occurrence o : occurrences) {
            byKind.computeIfAbsent(o.name().kind(), k -> new LinkedHashSet<>()).addAll(confirmed(o.name().places(), anchors));
        }
        Jurisdiction found = null;
        for (PlaceNameKind kind : PlaceNameKind.values()) {
            Set<Jurisdiction> places = byKind.getOrDefault(kind, Set.of());
            if (found == null) {
                List<Jurisdiction> specific = jurisdictions.mostSpecific(places);
                if (specific.isEmpty()) {
                    continue;
                }
                Optional<Jurisdiction> common = jurisdictions.commonAncestor(specific);
                if (common.isPresent() && common.get().level().isCountyOrBelow()) {
                    found = common.get();
                } else if (specific.size() > 1) {
                    return new AddressMatch(AddressMatch.Result.AMBIGUOUS, null, hits,
                            specific.stream().map(Jurisdiction::code).sorted().toList());
                }
            } else {
                Jurisdiction within = found;
                List<Jurisdiction> below = jurisdictions.mostSpecific(places.stream()
                        .filter(p -> !p.equals(within) && jurisdictions.contains(within, p)).toList());
                Optional<Jurisdiction> common = jurisdictions.commonAncestor(below);
                if (common.isPresent() && !common.get().equals(found)) {
                    found = common.get();
                }
            }
        }
        return found == null
                ? new AddressMatch(AddressMatch.Result.NONE, null, hits, List.of())
                : new AddressMatch(AddressMatch.Result.FOUND, found, hits, List.of());
    }

    private List<Jurisdiction> confirmed(List<Jurisdiction> places, List<Jurisdiction> anchors) {
        if (places.size() == 1) {
            return places;
        }
        List<Jurisdiction> confirmed = places.stream()
                .filter(p -> anchors.stream().anyMatch(a -> jurisdictions.contains(a, p) || jurisdictions.contains(p, a)))
                .toList();
        return confirmed.isEmpty() ? places : confirmed;
    }

    private List<Occurrence> occurrences(String text) {
        List<Occurrence> all = new ArrayList<>();
        for (Name name : names.values()) {
            for (int i = text.indexOf(name.text()); i >= 0; i = text.indexOf(name.text(), i + 1)) {
                all.add(new Occurrence(name, i));
            }
        }
        return all.stream()
                .filter(o -> all.stream().noneMatch(o::within))
                .sorted(Comparator.comparingInt(Occurrence::start).thenComparing(o -> o.name().text()))
                .toList();
    }
}
