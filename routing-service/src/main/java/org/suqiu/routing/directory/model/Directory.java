package org.suqiu.routing.directory.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * 单位名录: the units routing may assign to, checked as a whole: unique ids, known parents, no
 * cycles, known jurisdictions.
 */
public final class Directory {

    private final Map<String, Unit> units;

    private Directory(Map<String, Unit> units) {
        this.units = units;
    }

    /**
     * @param source         where the units come from, for the message when they are refused
     * @param knownJurisdiction whether a jurisdiction code is in the gazetteer
     */
    public static Directory of(String source, List<Unit> units, Predicate<String> knownJurisdiction) {
        Map<String, Unit> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Unit unit : units) {
            if (byId.putIfAbsent(unit.id(), unit) != null) {
                problems.add("unit " + unit.id() + " appears twice");
            }
        }
        for (Unit unit : byId.values()) {
            if (!knownJurisdiction.test(unit.jurisdictionCode())) {
                problems.add("unit " + unit.id() + ": jurisdiction " + unit.jurisdictionCode() + " is not in the gazetteer");
            }
            if (unit.parentUnitId() != null && !byId.containsKey(unit.parentUnitId())) {
                problems.add("unit " + unit.id() + ": parent " + unit.parentUnitId() + " is not in the directory");
            } else if (inCycle(unit, byId)) {
                problems.add("unit " + unit.id() + " is its own ancestor");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDirectoryException(source, problems);
        }
        return new Directory(byId);
    }

    private static boolean inCycle(Unit unit, Map<String, Unit> byId) {
        Set<String> seen = new HashSet<>();
        for (Unit u = unit; u != null && u.parentUnitId() != null; u = byId.get(u.parentUnitId())) {
            if (!seen.add(u.id())) {
                return true;
            }
        }
        return false;
    }

    public Optional<Unit> unit(String id) {
        return Optional.ofNullable(id == null ? null : units.get(id));
    }

    public boolean contains(String id) {
        return id != null && units.containsKey(id);
    }

    public List<Unit> units() {
        return List.copyOf(units.values());
    }
}
