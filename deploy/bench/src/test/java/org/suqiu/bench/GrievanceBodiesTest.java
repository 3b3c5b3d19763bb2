package org.suqiu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class GrievanceBodiesTest {

    private final GrievanceBodies bodies = GrievanceBodies.fromCorpus(1);

    @Test
    void shouldReadEveryRowOfTheCorpusIncludingQuotedLineBreaks() {
        assertThat(GrievanceBodies.rows()).hasSize(452).allSatisfy(row -> assertThat(row).hasSize(5));
        assertThat(bodies.size()).isEqualTo(452);
    }

    @Test
    void shouldBuildValidJsonBodiesOfAboutOneKilobyteWithTheGivenExternalId() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < bodies.size(); i++) {
            byte[] body = bodies.body(i, "bench-run-" + i);
            JsonNode node = json.readTree(body);
            assertThat(node.get("channel").asText()).isEqualTo("WEB");
            assertThat(node.get("externalId").asText()).isEqualTo("bench-run-" + i);
            assertThat(node.get("text").asText()).isNotBlank();
            assertThat(node.get("text").asText().codePointCount(0, node.get("text").asText().length()))
                    .isLessThanOrEqualTo(GrievanceBodies.TEXT_CODE_POINTS);
            assertThat(node.get("location").get("lat").asDouble()).isBetween(30.0, 31.5);
            assertThat(node.get("contact").get("phone").asText()).matches("1[3-9][0-9]{9}");
            assertThat(node.get("categoryHint").asText()).isNotBlank();
        }
        assertThat(bodies.meanBytes("bench-run-123456")).isBetween(800, 1200);
        assertThat(new String(bodies.body(452, "x"), StandardCharsets.UTF_8)).isEqualTo(new String(bodies.body(0, "x"), StandardCharsets.UTF_8));
    }
}
