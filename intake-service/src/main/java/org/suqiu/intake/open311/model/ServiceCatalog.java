package org.suqiu.intake.open311.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The services one can report to (服务目录), by code, in the taxonomy's order. */
public final class ServiceCatalog {

    private final Map<String, OpenService> byCode = new LinkedHashMap<>();

    /**
     * The catalog of {@code rows} ({@code [一级, 二级, 三级]}), each service asking the attributes listed
     * for the longest path prefix it lies under ({@code 一级} or {@code 一级/二级}).
     */
    public static ServiceCatalog of(List<String[]> rows, Map<String, List<ServiceAttribute>> attributesByPrefix) {
        ServiceCatalog catalog = new ServiceCatalog();
        for (String[] row : rows) {
            List<ServiceAttribute> attributes = attributesByPrefix.getOrDefault(row[0] + "/" + row[1],
                    attributesByPrefix.getOrDefault(row[0], List.of()));
            OpenService service = OpenService.of(row[0], row[1], row[2], attributes);
            OpenService clash = catalog.byCode.putIfAbsent(service.code(), service);
            if (clash != null && !clash.path().equals(service.path())) {
                throw new IllegalStateException("service code " + service.code() + " of " + service.path()
                        + " clashes with " + clash.path());
            }
        }
        return catalog;
    }

    public List<OpenService> services() {
        return new ArrayList<>(byCode.values());
    }

    public Optional<OpenService> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip().toLowerCase(java.util.Locale.ROOT)));
    }
}
