package org.suqiu.routing.jurisdiction.infrastructure;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.suqiu.routing.jurisdiction.model.AddressMatcher;
import org.suqiu.routing.jurisdiction.model.Boundary;
import org.suqiu.routing.jurisdiction.model.Crs;
import org.suqiu.routing.jurisdiction.model.InvalidGazetteerException;
import org.suqiu.routing.jurisdiction.model.JurisdictionResolver;
import org.suqiu.routing.jurisdiction.model.Jurisdictions;
import org.suqiu.routing.jurisdiction.model.PointLocator;

/** Wires the gazetteer: division codes, boundaries per CRS, the address matcher and the resolver. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JurisdictionProperties.class)
public class JurisdictionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JurisdictionConfiguration.class);

    @Bean
    Jurisdictions jurisdictions(JurisdictionProperties properties) {
        if (properties.divisions() == null) {
            throw new InvalidGazetteerException(List.of("suqiu.routing.jurisdiction.divisions is not set"));
        }
        Jurisdictions jurisdictions = DivisionsCsv.read(properties.divisions());
        log.info("Gazetteer: {} divisions from {}", jurisdictions.all().size(), properties.divisions().getDescription());
        return jurisdictions;
    }

    @Bean
    PointLocator pointLocator(JurisdictionProperties properties, Jurisdictions jurisdictions) {
        List<Boundary> boundaries = new ArrayList<>();
        boundaries.addAll(read(properties.boundaries().wgs84(), Crs.WGS84));
        boundaries.addAll(read(properties.boundaries().gcj02(), Crs.GCJ02));
        List<String> unknown = boundaries.stream()
                .filter(b -> jurisdictions.byCode(b.jurisdictionCode()).isEmpty())
                .map(b -> b.crs() + " boundary " + b.jurisdictionCode() + " is not a known division")
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidGazetteerException(unknown);
        }
        PointLocator locator = new PointLocator(boundaries);
        log.info("Boundaries: {} in WGS84", locator.size(Crs.WGS84));
        return locator;
    }

    private static List<Boundary> read(Resource resource, Crs crs) {
        if (resource == null) {
            if (crs == Crs.WGS84) {
                log.warn("No WGS84 boundaries configured: no point will be located");
            }
            // GCJ-02 points are converted to WGS84 before they are located: no GCJ-02 polygons are needed
            return List.of();
        }
        return BoundaryImport.read(resource, crs);
    }

    @Bean
    AddressMatcher addressMatcher(Jurisdictions jurisdictions, JurisdictionProperties properties) {
        AddressMatcher matcher = new AddressMatcher(jurisdictions, properties.genericWords());
        if (!matcher.ambiguousShortNames().isEmpty()) {
            log.info("Short place names not matched because they name places in different counties: {}",
                    matcher.ambiguousShortNames());
        }
        return matcher;
    }

    @Bean
    JurisdictionResolver jurisdictionResolver(Jurisdictions jurisdictions, PointLocator pointLocator, AddressMatcher addressMatcher) {
        return new JurisdictionResolver(jurisdictions, pointLocator, addressMatcher);
    }
}
