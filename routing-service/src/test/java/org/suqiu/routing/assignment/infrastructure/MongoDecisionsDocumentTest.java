package org.suqiu.routing.assignment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.suqiu.platform.security.crypto.FieldCipher;
import org.suqiu.routing.DemoData;
import org.suqiu.routing.assignment.model.GrievanceToRoute;
import org.suqiu.routing.assignment.model.RoutingDecision;

import com.mongodb.reactivestreams.client.MongoDatabase;

/** The decision document: the address encrypted at rest, the rest of the trace as it was. */
class MongoDecisionsDocumentTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private static final String ADDRESS = "嘉善县魏塘街道人民大道88号公交站";
    private static final String K1 = key(1);
    private static final String K2 = key(2);

    private final MongoDecisions underK1 = decisions(FieldCipher.fromBase64(Map.of("k1", K1), "k1", null));
    private final MongoDecisions afterRotation = decisions(FieldCipher.fromBase64(Map.of("k1", K1, "k2", K2), "k2", null));

    private final RoutingDecision decision = DemoData.policy().decide(
            new GrievanceToRoute("g-1", "SQ-1", "WEB", "公交站台顶棚破损漏雨", null, ADDRESS, "交通运输", null, null, null, NOW, "e-1"), NOW);

    @Test
    void shouldStoreTheAddressEncryptedUnderTheCurrentKeyAndReadItBack() {
        Document stored = underK1.toDocument(decision);

        String address = stored.get("trace", Document.class).get("input", Document.class).getString("address");
        assertThat(address).startsWith("v1:k1:");
        assertThat(stored.toJson()).doesNotContain(ADDRESS).doesNotContain("人民大道").doesNotContain("88号");
        assertThat(underK1.fromDocument(stored).trace().input().address()).isEqualTo(ADDRESS);
        assertThat(underK1.fromDocument(stored)).isEqualTo(decision);
    }

    @Test
    void shouldKeepHowTheJurisdictionWasFoundInTheTrace() {
        Document step = underK1.toDocument(decision).get("trace", Document.class)
                .getList("jurisdictionSteps", Document.class).get(0);

        assertThat(step.getString("method")).isEqualTo("ADDRESS");
        assertThat(step.getString("input")).isEqualTo("address");
        assertThat(step.getString("outcome")).isEqualTo("FOUND");
        assertThat(step.getList("candidates", String.class)).containsExactly("330421001");
        assertThat(step.getList("placeNames", Document.class)).extracting(p -> p.getString("name")).contains("嘉善县", "魏塘街道");
    }

    @Test
    void shouldReadAnAddressStoredUnderAnOlderKeyAfterRotation() {
        Document stored = underK1.toDocument(decision);

        assertThat(afterRotation.fromDocument(stored).trace().input().address()).isEqualTo(ADDRESS);
        assertThat(afterRotation.toDocument(decision).get("trace", Document.class).get("input", Document.class)
                .getString("address")).startsWith("v1:k2:");
    }

    @Test
    void shouldReadADecisionStoredInClearBeforeEncryptionAsItIs() {
        Document stored = underK1.toDocument(decision);
        stored.get("trace", Document.class).get("input", Document.class).put("address", ADDRESS);

        assertThat(underK1.fromDocument(stored).trace().input().address()).isEqualTo(ADDRESS);
    }

    @Test
    void shouldKeepAMissingAddressMissing() {
        RoutingDecision byPointOnly = DemoData.policy().decide(
                new GrievanceToRoute("g-2", "SQ-2", "WEB", "桐乡市工厂排放废气", null, null, "环境保护", null, null, null, NOW, "e-2"), NOW);

        Document stored = underK1.toDocument(byPointOnly);

        assertThat(stored.get("trace", Document.class).get("input", Document.class).getString("address")).isNull();
        assertThat(underK1.fromDocument(stored).trace().input().address()).isNull();
    }

    private static MongoDecisions decisions(FieldCipher cipher) {
        MongoDatabase database = (MongoDatabase) Proxy.newProxyInstance(MongoDatabase.class.getClassLoader(),
                new Class<?>[] {MongoDatabase.class}, (proxy, method, args) -> null);
        return new MongoDecisions(database, cipher);
    }

    private static String key(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i * 7);
        }
        return Base64.getEncoder().encodeToString(key);
    }
}
