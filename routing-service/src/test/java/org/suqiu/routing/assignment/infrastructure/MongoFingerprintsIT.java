package org.suqiu.routing.assignment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.platform.security.JurisdictionScope;
import org.suqiu.routing.assignment.application.DecisionScope;
import org.suqiu.routing.assignment.model.Matter;
import org.suqiu.routing.assignment.model.TextFingerprint;
import org.suqiu.routing.classification.model.SparseVector;

import com.mongodb.ConnectionString;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

/** Fingerprints and merged matters (并单) in the real MongoDB-wire server: stored once, counted once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoFingerprintsIT {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private MongoClient client;
    private MongoFingerprints store;

    @BeforeAll
    void connect() {
        ConnectionString uri = new ConnectionString(SharedInfrastructure.mongo().uri(SharedInfrastructure.uniqueDatabase("fingerprints")));
        client = MongoClients.create(uri);
        store = new MongoFingerprints(client.getDatabase(uri.getDatabase()));
        store.createIndexes().block(Duration.ofSeconds(30));
    }

    @AfterAll
    void close() {
        client.close();
    }

    private static TextFingerprint fp(String id, String citizen, String jurisdiction, Instant at, String root) {
        return new TextFingerprint(id, "SQ-" + id, citizen, jurisdiction, at,
                new SparseVector(new int[] {3, 17, 42}, new float[] {0.6f, 0.6f, 0.52915026f}), root, "SQ-" + root);
    }

    @Test
    void shouldKeepTheVectorNotTheTextAndFindItByCitizenOrJurisdiction() {
        store.add(fp("a1", "citizen-a", "330483100", NOW.minus(Duration.ofDays(3)), "a1")).block();
        store.add(fp("a1", "citizen-a", "330483100", NOW.minus(Duration.ofDays(3)), "a1")).block();

        List<TextFingerprint> byCitizen = store.candidates("citizen-a", NOW.minus(Duration.ofDays(30)), null, null)
                .collectList().block();
        assertThat(byCitizen).singleElement().satisfies(f -> {
            assertThat(f.vector()).isEqualTo(new SparseVector(new int[] {3, 17, 42}, new float[] {0.6f, 0.6f, 0.52915026f}));
            assertThat(f.rootGrievanceId()).isEqualTo("a1");
        });
        assertThat(store.candidates(null, null, "330483100", NOW.minus(Duration.ofHours(6))).collectList().block()).isEmpty();
        assertThat(store.candidates(null, null, "330483100", NOW.minus(Duration.ofDays(4))).collectList().block()).hasSize(1);
    }

    @Test
    void shouldCountEachGrievanceOfAMatterOnceAndListTheBiggestFirst() {
        TextFingerprint root = fp("m1", "c1", "330421001", NOW.minus(Duration.ofHours(3)), "m1");
        store.merge(root, fp("m2", "c2", "330421001", NOW.minus(Duration.ofHours(2)), "m1")).block();
        store.merge(root, fp("m3", "c3", "330421001", NOW.minus(Duration.ofHours(1)), "m1")).block();
        store.merge(root, fp("m3", "c3", "330421001", NOW.minus(Duration.ofHours(1)), "m1")).block();
        TextFingerprint small = fp("s1", "c4", "330421001", NOW.minus(Duration.ofHours(3)), "s1");
        store.merge(small, fp("s2", "c5", "330421001", NOW.minus(Duration.ofHours(2)), "s1")).block();

        List<Matter> matters = store.matters(NOW.minus(Duration.ofDays(1)),
                new DecisionScope(null, JurisdictionScope.of("330421"), false), 10).collectList().block();

        assertThat(matters).extracting(Matter::rootGrievanceId).containsExactly("m1", "s1");
        assertThat(matters.get(0).count()).isEqualTo(3);
        assertThat(matters.get(0).rootTrackingNo()).isEqualTo("SQ-m1");
        assertThat(matters.get(0).lastAt()).isEqualTo(NOW.minus(Duration.ofHours(1)));
        assertThat(store.matters(NOW.minus(Duration.ofDays(1)), new DecisionScope(null, JurisdictionScope.of("330483"), false), 10)
                .collectList().block()).isEmpty();
    }
}
