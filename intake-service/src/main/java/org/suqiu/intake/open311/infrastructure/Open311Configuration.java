package org.suqiu.intake.open311.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.suqiu.intake.open311.application.ReportingServiceRequests;
import org.suqiu.intake.open311.model.ServiceAttribute;
import org.suqiu.intake.open311.model.ServiceCatalog;
import org.suqiu.intake.submission.application.AcceptingGrievance;
import org.suqiu.intake.submission.infrastructure.IntakeLimits;
import org.suqiu.intake.tracking.application.Trackings;

import com.mongodb.reactivestreams.client.MongoDatabase;

/** Wires Open311: the service catalog from the taxonomy in the classpath, requests in MongoDB. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Open311Properties.class)
public class Open311Configuration {

    static final String TAXONOMY = "open311/taxonomy.csv";
    static final String ATTRIBUTES = "open311/service-attributes.csv";

    @Bean
    ServiceCatalog serviceCatalog() {
        List<String[]> rows = csv(TAXONOMY).stream().filter(row -> row.length >= 3).toList();
        Map<String, List<ServiceAttribute>> attributes = new HashMap<>();
        for (String[] row : csv(ATTRIBUTES)) {
            List<ServiceAttribute.Value> values = new ArrayList<>();
            if (row.length > 6 && !row[6].isBlank()) {
                for (String pair : row[6].split("\\|")) {
                    String[] keyName = pair.split("=", 2);
                    values.add(new ServiceAttribute.Value(keyName[0].strip(), keyName[1].strip()));
                }
            }
            attributes.computeIfAbsent(row[0], path -> new ArrayList<>()).add(new ServiceAttribute(row[1], row[2],
                    Boolean.parseBoolean(row[3]), Integer.parseInt(row[4]), row[5], values));
        }
        return ServiceCatalog.of(rows, attributes);
    }

    @Bean
    MongoServiceRequests serviceRequests(MongoDatabase intakeDatabase) {
        return new MongoServiceRequests(intakeDatabase);
    }

    @Bean
    ReportingServiceRequests reportingServiceRequests(ServiceCatalog catalog, AcceptingGrievance accepting,
            MongoServiceRequests requests, Trackings trackings, Clock clock, IntakeLimits limits) {
        return new ReportingServiceRequests(catalog, accepting, requests, trackings, clock, limits.maxTextLength());
    }

    /** Rows after the header; plain comma-separated values (the files have no quoted commas). */
    private static List<String[]> csv(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank())
                    .map(line -> Arrays.stream(line.split(",", -1)).map(String::strip).toArray(String[]::new))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
