package org.suqiu.routing.classification.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The first-level categories (一级分类) grievances are routed by, e.g. 环境保护, 交通运输. */
public final class Categories {

    /** The seven first-level categories of the taxonomy Suqiu's classifier is trained on. */
    public static final List<String> FIRST_LEVEL = List.of(
            "城乡建设", "劳动和社会保障", "教育文体", "商贸旅游", "环境保护", "卫生计生", "交通运输");

    private final Set<String> names;

    private Categories(Set<String> names) {
        this.names = names;
    }

    public static Categories firstLevel() {
        return new Categories(new LinkedHashSet<>(FIRST_LEVEL));
    }

    public static Categories of(List<String> names) {
        return new Categories(new LinkedHashSet<>(names));
    }

    public boolean contains(String name) {
        return name != null && names.contains(name);
    }

    /** The category a free-text value names exactly (after trimming), if any. */
    public Optional<String> exactly(String value) {
        return value == null ? Optional.empty() : Optional.of(value.trim()).filter(names::contains);
    }

    public List<String> all() {
        return List.copyOf(names);
    }
}
