package org.suqiu.routing.classification.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 分类体系: the category tree (一级/二级/三级分类), e.g. 环境保护 › 环境污染 › 大气污染. Resolves
 * what a channel or citizen chose into a path: a first-level name, a path written
 * {@code 环境保护/大气污染} (also with {@code >}), or a deeper name that is unique in the tree.
 */
public final class Taxonomy {

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[/>／›]\\s*");

    private final Set<List<String>> paths;
    private final Map<String, List<List<String>>> byName;
    private final List<String> firstLevel;

    private Taxonomy(Set<List<String>> paths, List<String> firstLevel) {
        this.paths = paths;
        this.firstLevel = firstLevel;
        Map<String, List<List<String>>> names = new HashMap<>();
        for (List<String> path : paths) {
            names.computeIfAbsent(path.get(path.size() - 1), k -> new ArrayList<>()).add(path);
        }
        this.byName = names;
    }

    /**
     * The tree from its rows (each a path from the first level down), restricted to the first-level
     * categories grievances are routed by; every prefix of a row is a path too.
     */
    public static Taxonomy of(List<List<String>> rows, List<String> firstLevel) {
        Set<List<String>> paths = new LinkedHashSet<>();
        for (String top : firstLevel) {
            paths.add(List.of(top));
        }
        for (List<String> row : rows) {
            List<String> clean = row.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
            if (clean.isEmpty() || !firstLevel.contains(clean.get(0))) {
                continue;
            }
            for (int depth = 1; depth <= clean.size(); depth++) {
                paths.add(List.copyOf(clean.subList(0, depth)));
            }
        }
        return new Taxonomy(paths, List.copyOf(firstLevel));
    }

    /** Only the first level (for tests and deployments without a deeper tree). */
    public static Taxonomy firstLevelOnly(List<String> firstLevel) {
        return of(List.of(), firstLevel);
    }

    public List<String> firstLevel() {
        return firstLevel;
    }

    /** Whether {@code path} (first level first) is in the tree. */
    public boolean contains(List<String> path) {
        return paths.contains(path);
    }

    /** A path as written in rules and hints ({@code 环境保护/大气污染}), if it is in the tree. */
    public Optional<List<String>> path(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        List<String> path = List.of(SEPARATOR.split(written.trim()));
        return paths.contains(path) ? Optional.of(path) : Optional.empty();
    }

    /** What a hint names: a path in the tree, or a name found exactly once in it. */
    public Optional<List<String>> resolve(String hint) {
        Optional<List<String>> path = path(hint);
        if (path.isPresent()) {
            return path;
        }
        List<List<String>> named = hint == null ? List.of() : byName.getOrDefault(hint.trim(), List.of());
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** A path as written: {@code 环境保护/大气污染}. */
    public static String written(List<String> path) {
        return String.join("/", path);
    }
}
