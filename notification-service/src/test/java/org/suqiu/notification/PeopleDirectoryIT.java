package org.suqiu.notification;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.messaging.Message;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.contracts.Topics;
import org.suqiu.contracts.mediation.CaseOverdue;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.localinfra.testing.RawRecords;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TestIssuer;
import org.suqiu.platform.events.CloudEventHeaders;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.security.Role;

import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The people directory (人员通讯录): seed, masked views, encryption at rest, changes and their audit, the ladder using it. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.bindings.caseDeadlines-in-0.group=notification-service-people",
        "spring.cloud.stream.bindings.caseLifecycle-in-0.group=notification-service-people",
        "spring.cloud.stream.bindings.directoryUnits-in-0.group=notification-service-people"})
class PeopleDirectoryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TestIssuer issuer = TestIssuer.shared();
    private static final String ADMIN = issuer.token("admin", List.of(Role.ADMIN), null, "330400");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongo().uri(SharedInfrastructure.uniqueDatabase("notification-people")));
        registry.add("suqiu.security.enabled", () -> "true");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuerUri);
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    EventCodec codec;

    WebTestClient web;

    @BeforeEach
    void client() {
        web = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(PATIENCE)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN).build();
    }

    @Test
    void shouldSeedIdentityServersDemoUsersAndShowTheirAddressesMasked() {
        List<JsonNode> people = list("/api/people?jurisdiction=330483&limit=500");
        assertThat(people).extracting(p -> p.get("id").asString())
                .contains("h-330483-env", "head-330483-env", "med-330483", "sup-330483", "sup-330483100", "sup-330483101", "sup-330483102")
                .doesNotContain("sup-jx", "sup-330421");
        JsonNode head = get("/api/people/head-330483-env");
        assertThat(head.get("name").asString()).isEqualTo("嘉兴市生态环境局桐乡分局负责人");
        assertThat(head.get("role").asString()).isEqualTo("UNIT_HEAD");
        assertThat(head.get("phone").asString()).isEqualTo("138****0007");
        assertThat(head.get("email").asString()).isEqualTo("h***@suqiu.example");
        assertThat(head.get("wechatOpenId").asString()).isEqualTo("oDem***");
        assertThat(head.get("preferredChannels").valueStream().map(JsonNode::asString)).containsExactly("SMS", "EMAIL", "WECHAT");
    }

    @Test
    void shouldKeepPersonalDataEncryptedAtRest() {
        Document stored = Mono.from(database.getCollection("people").find(eq("_id", "head-330483-env")).first()).block(PATIENCE);

        assertThat(stored.getString("phone")).startsWith("v1:n1:").doesNotContain("13800000007");
        assertThat(stored.getString("email")).startsWith("v1:n1:");
        assertThat(stored.getString("wechatOpenId")).startsWith("v1:n1:");
        assertThat(stored.getString("name")).startsWith("v1:n1:");
        assertThat(stored.toJson()).doesNotContain("13800000007", "head-330483-env@suqiu.example", "oDemoHead330483env");
        assertThat(stored.getString("role")).isEqualTo("UNIT_HEAD");
    }

    @Test
    void shouldCreateChangeAndDeleteAPersonAndAuditEachChangeWithoutItsValues() {
        String id = "h-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> person = new LinkedHashMap<>(Map.of("name", "桐乡市测试承办人", "role", "HANDLER", "unitId", "330483-env",
                "jurisdictionCode", "330483", "phone", "13800002222", "preferredChannels", List.of("SMS")));

        put(id, person).expectStatus().isCreated().expectBody().jsonPath("$.version").isEqualTo(1);
        put(id, person).expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(1);
        person.put("phone", "13800003333");
        person.put("email", "tester@suqiu.example");
        person.put("preferredChannels", List.of("EMAIL", "SMS"));
        put(id, person).expectStatus().isOk().expectBody()
                .jsonPath("$.version").isEqualTo(2)
                .jsonPath("$.phone").isEqualTo("138****3333");

        List<JsonNode> trail = list("/api/people/" + id + "/audit");
        assertThat(trail).extracting(e -> e.get("action").asString()).containsExactly("person.created", "person.updated");
        assertThat(trail.get(1).at("/details/changed").asString()).isEqualTo("phone,email,preferredChannels");
        assertThat(trail.get(1).at("/actor/subject").asString()).isEqualTo("admin");
        assertThat(trail.toString()).doesNotContain("13800003333", "tester@suqiu.example");

        web.delete().uri("/api/people/{id}", id).exchange().expectStatus().isNoContent();
        web.get().uri("/api/people/{id}", id).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://suqiu.org/problems/person-not-found");
        web.delete().uri("/api/people/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Test
    void shouldAnswerBadRequestNamingTheFields() {
        Map<String, Object> bad = Map.of("role", "CLERK", "jurisdictionCode", "33048", "phone", "12345",
                "preferredChannels", List.of("WECHAT"));

        JsonNode problem = JSON.readTree(put("bad-person", bad).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("name", "role", "jurisdictionCode", "phone", "preferredChannelsReachable");
        web.get().uri("/api/people?role=NOBODY").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("role");
    }

    @Test
    void shouldRefuseToPlaceAPersonOutsideTheAdministratorsJurisdiction() {
        String jiashanAdmin = issuer.token("admin-330421", List.of(Role.ADMIN), null, "330421");
        web.put().uri("/api/people/{id}", "x-" + UUID.randomUUID().toString().substring(0, 8))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + jiashanAdmin).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "某人", "role", "HANDLER", "jurisdictionCode", "330483"))
                .exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://suqiu.org/problems/out-of-scope");
    }

    @Test
    void shouldAddressTheNextAlertToAUnitHeadAddedThroughTheApi() {
        String unit = "330483-test-" + UUID.randomUUID().toString().substring(0, 6);
        String id = "head-" + unit;
        put(id, Map.of("name", "测试单位负责人", "role", "UNIT_HEAD", "unitId", unit, "jurisdictionCode", "330483",
                "phone", "13800004444", "preferredChannels", List.of("SMS", "INBOX"))).expectStatus().isCreated();
        String grievanceId = UUID.randomUUID().toString();
        CaseOverdue overdue = new CaseOverdue("C-" + grievanceId, grievanceId, "SQ2026" + grievanceId.substring(0, 8), unit, "330483",
                DeadlineKind.ACCEPT, Instant.parse("2026-11-22T02:32:00Z"), 1, Instant.parse("2026-11-22T02:33:00Z"));

        send(overdue);

        JsonNode alert = await().atMost(PATIENCE).until(() -> list("/api/alerts?caseId=" + overdue.caseId()), l -> l.size() == 1).get(0);
        assertThat(alert.get("recipients").valueStream().map(r -> r.get("id").asString())).containsExactly(id);
    }

    private WebTestClient.ResponseSpec put(String id, Map<String, Object> body) {
        return web.put().uri("/api/people/{id}", id).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private JsonNode get(String uri) {
        return JSON.readTree(web.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    private List<JsonNode> list(String uri) {
        return get(uri).valueStream().toList();
    }

    private void send(CaseOverdue event) {
        Message<byte[]> message = codec.toMessage(event, "ce-" + event.caseId());
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.SOURCE,
                CloudEventHeaders.TYPE, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT)) {
            headers.put(name, EventCodec.header(message, name));
        }
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        RawRecords.send(SharedInfrastructure.kafka().bootstrapServers(), Topics.CASE_DEADLINES, event.subject(), headers,
                new String(message.getPayload(), StandardCharsets.UTF_8));
    }
}
