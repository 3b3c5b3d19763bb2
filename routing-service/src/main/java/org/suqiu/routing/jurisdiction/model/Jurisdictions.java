package org.suqiu.routing.jurisdiction.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gazetteer (行政区划): the division tree the service routes within, looked up by code and
 * walked upwards. Immutable; a deployment loads a deeper tree without changing this type.
 */
public final class Jurisdictions {

    private final Map<String, Jurisdiction> byCode;

    private Jurisdictions(Map<String, Jurisdiction> byCode) {
        this.byCode = byCode;
    }

    /**
     * A tree of the given divisions. Every parent must be in the set except the roots' (a city's
     * province need not be loaded); a duplicate code or a cycle is refused.
     */
    public static Jurisdictions of(Collection<Jurisdiction> divisions) {
        Map<String, Jurisdiction> byCode = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Jurisdiction division : divisions) {
            if (byCode.putIfAbsent(division.code(), division) != null) {
                problems.add("code " + division.code() + " appears twice");
            }
        }
        for (Jurisdiction division : byCode.values()) {
            Jurisdiction parent = division.parentCode() == null ? null : byCode.get(division.parentCode());
            if (parent != null && parent.level().compareTo(division.level()) >= 0) {
                problems.add(division.code() + " " + division.name() + " is not below its parent " + parent.code());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidGazetteerException(problems);
        }
        return new Jurisdictions(byCode);
    }

    public Optional<Jurisdiction> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public List<Jurisdiction> all() {
        return List.copyOf(byCode.values());
    }

    public List<Jurisdiction> atLevel(JurisdictionLevel level) {
        return byCode.values().stream().filter(j -> j.level() == level)
                .sorted(Comparator.comparing(Jurisdiction::code)).toList();
    }

    /** The division and its ancestors, nearest first: 乌镇镇, 桐乡市, 嘉兴市. */
    public List<Jurisdiction> lineage(Jurisdiction start) {
        List<Jurisdiction> lineage = new ArrayList<>();
        for (Jurisdiction j = start; j != null; j = j.parentCode() == null ? null : byCode.get(j.parentCode())) {
            lineage.add(j);
        }
        return lineage;
    }

    /** The county a division lies in (itself if it is one); empty above the county level. */
    public Optional<Jurisdiction> countyOf(Jurisdiction division) {
        return lineage(division).stream().filter(j -> j.level() == JurisdictionLevel.COUNTY).findFirst();
    }

    /** Whether {@code ancestor} is {@code descendant} itself or one of its ancestors. */
    public boolean contains(Jurisdiction ancestor, Jurisdiction descendant) {
        return lineage(descendant).contains(ancestor);
    }

    /**
     * The deepest division that contains all the given ones; empty if they share none or none is
     * given.
     */
    public Optional<Jurisdiction> commonAncestor(Collection<Jurisdiction> divisions) {
        List<Jurisdiction> common = null;
        for (Jurisdiction division : divisions) {
            List<Jurisdiction> lineage = lineage(division);
            if (common == null) {
                common = new ArrayList<>(lineage);
            } else {
                common.retainAll(lineage);
            }
        }
        return common == null || common.isEmpty() ? Optional.empty() : Optional.of(common.get(0));
    }

    /** The given divisions without those that contain another of them: the most specific ones. */
    public List<Jurisdiction> mostSpecific(Collection<Jurisdiction> divisions) {
        List<Jurisdiction> distinct = divisions.stream().distinct().toList();
        return distinct.stream()
                .filter(j -> distinct.stream().noneMatch(other -> !other.equals(j) && contains(j, other)))
                .toList();
    }
}
