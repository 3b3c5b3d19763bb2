package org.suqiu.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.suqiu.localinfra.testing.SharedInfrastructure;

import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Scope in the query: both filter forms select exactly the subtree on the MongoDB-wire server (mongo-java-server 1.47). */
class JurisdictionFiltersIT {

    private static final List<String> CODES = List.of("330000", "330400", "330402", "330482", "330482102", "330483",
            "330483102", "330483102201", "330483106", "330489001", "330490", "330100", "330106001", "340000");

    private static MongoClient client;
    private static MongoCollection<Document> cases;

    @BeforeAll
    static void seed() {
        client = MongoClients.create(SharedInfrastructure.mongo().connectionString());
        cases = client.getDatabase(SharedInfrastructure.uniqueDatabase("scope")).getCollection("cases");
        Mono.from(cases.createIndex(Indexes.ascending("jurisdictionCode"))).block();
        Flux.fromIterable(CODES).concatMap(code -> Mono.from(cases.insertOne(new Document("_id", "case-" + code)
                .append("jurisdictionCode", code)))).blockLast();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @ParameterizedTest
    @CsvSource({"330400", "330483", "330483102", "330000", "330489", "330483106"})
    void shouldSelectExactlyTheCoveredCasesByAnchoredRegex(String scope) {
        assertSelectsExactlyTheCovered(scope, JurisdictionFilters::within);
    }

    @ParameterizedTest
    @CsvSource({"330400", "330483", "330483102", "330000", "330489", "330483106"})
    void shouldSelectExactlyTheCoveredCasesByRange(String scope) {
        assertSelectsExactlyTheCovered(scope, JurisdictionFilters::withinRange);
    }

    private static void assertSelectsExactlyTheCovered(String code, BiFunction<String, JurisdictionScope, Bson> filter) {
        JurisdictionScope scope = JurisdictionScope.of(code);
        List<String> expected = CODES.stream().filter(scope::covers).sorted().toList();

        List<String> found = Flux.from(cases.find(filter.apply("jurisdictionCode", scope)).sort(Sorts.ascending("jurisdictionCode")))
                .map(doc -> doc.getString("jurisdictionCode")).collectList().block();

        assertThat(found).isEqualTo(expected).isNotEmpty();
    }
}
