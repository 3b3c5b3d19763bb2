package org.suqiu.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.messaging.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.contracts.Event;
import org.suqiu.contracts.Topics;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.contracts.mediation.CaseResolved;
import org.suqiu.contracts.routing.GrievanceAssigned;
import org.suqiu.intake.open311.model.OpenService;
import org.suqiu.localinfra.testing.RawRecords;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TestIssuer;
import org.suqiu.platform.events.CloudEventHeaders;
import org.suqiu.platform.events.EventCodec;

import tools.jackson.databind.JsonNode;

/**
 * Open311 GeoReport v2 against the real broker and store: discovery, services, definitions, POST
 * requests in both formats with the api_key, GET requests following the case, the spec's errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.bindings.routedEvents-in-0.group=intake-open311-it",
        "spring.cloud.stream.bindings.lifecycleEvents-in-0.group=intake-open311-it",
        "spring.cloud.stream.kafka.bindings.routedEvents-in-0.consumer.start-offset=latest",
        "spring.cloud.stream.kafka.bindings.lifecycleEvents-in-0.consumer.start-offset=latest",
        // the awaits below poll faster than a client may read: RateLimitingFilterTest covers the limits
        "suqiu.intake.rate-limit.enabled=false"})
@AutoConfigureWebTestClient
class Open311IT {

    private static final String DATABASE = SharedInfrastructure.uniqueDatabase("intake-open311");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String KEY = "suqiu-demo-open311-key";
    private static final String STREETLIGHT = OpenService.codeOf("城乡建设", "城市建设和市政管理", "城市公共设施");
    private static final String HAZARD = OpenService.codeOf("城乡建设", "安全生产", "安全隐患");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.mongodb.uri",
                () -> SharedInfrastructure.mongo().uri(DATABASE) + "?serverSelectionTimeoutMS=3000&connectTimeoutMS=2000");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestIssuer.shared().issuerUri());
    }

    @Autowired
    WebTestClient web;
    @Autowired
    EventCodec codec;

    @BeforeEach
    void patientClient() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(20)).build();
    }

    @Test
    void shouldDescribeItselfInDiscoveryAsJsonAndXml() {
        JsonNode discovery = json(get("/open311/v2/discovery.json", HttpStatus.OK).getResponseBody());
        assertThat(discovery.get("endpoints").get(0).get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(discovery.get("endpoints").get(0).get("formats").toString()).contains("text/xml", "application/json");

        EntityExchangeResult<String> xml = get("/open311/v2/discovery.xml", HttpStatus.OK);
        assertThat(xml.getResponseHeaders().getContentType().toString()).startsWith("text/xml");
        assertThat(xml.getResponseBody()).startsWith("<?xml").contains("<discovery>", "<endpoints><endpoint>", "<format>text/xml</format>");
    }

    @Test
    void shouldListTheTaxonomyAsServicesGroupedByFirstLevelWithMetadataWhereThereAreAttributes() {
        JsonNode services = json(get("/open311/v2/services.json", HttpStatus.OK).getResponseBody());
        assertThat(services.size()).isEqualTo(517);
        JsonNode hazard = services.valueStream().filter(s -> s.get("service_code").asString().equals(HAZARD)).findFirst().orElseThrow();
        assertThat(hazard.get("service_name").asString()).isEqualTo("安全隐患");
        assertThat(hazard.get("group").asString()).isEqualTo("城乡建设");
        assertThat(hazard.get("metadata").asBoolean()).isTrue();
        assertThat(hazard.get("type").asString()).isEqualTo("realtime");

        String xml = get("/open311/v2/services.xml", HttpStatus.OK).getResponseBody();
        assertThat(xml).contains("<services><service><service_code>", "<group>交通运输</group>");

        JsonNode definition = json(get("/open311/v2/services/" + HAZARD + ".json", HttpStatus.OK).getResponseBody());
        assertThat(definition.get("attributes").get(0).get("code").asString()).isEqualTo("hazard_level");
        assertThat(definition.get("attributes").get(0).get("values").size()).isEqualTo(3);
        assertThat(get("/open311/v2/services/" + HAZARD + ".xml", HttpStatus.OK).getResponseBody())
                .contains("<service_definition>", "<attributes><attribute>", "<values><value><key>high</key>");
        assertError(get("/open311/v2/services/" + STREETLIGHT + ".json", HttpStatus.NOT_FOUND), 404);
    }

    @Test
    void shouldTakeAReportAndFollowItsCaseWithoutShowingPersonalData() {
        EntityExchangeResult<String> created = post("json", "api_key=" + KEY + "&service_code=" + STREETLIGHT
                + "&lat=30.7536&long=120.7585&address_string=嘉兴市南湖区中山东路100号&description=路灯坏了一个月"
                + "&first_name=明&last_name=王&phone=13800007777&email=wang@example.com&account_id=acc-9"
                + "&media_url=https://example.com/p.jpg", HttpStatus.CREATED);
        JsonNode receipt = json(created.getResponseBody()).get(0);
        String id = receipt.get("service_request_id").asString();
        assertThat(id).matches("SQ\\d{8}[0-9A-Z]{6}");
        assertThat(receipt.get("account_id").asString()).isEqualTo("acc-9");
        assertThat(receipt.get("service_notice").asString()).contains(id);

        JsonNode open = json(get("/open311/v2/requests/" + id + ".json", HttpStatus.OK).getResponseBody()).get(0);
        assertThat(open.get("status").asString()).isEqualTo("open");
        assertThat(open.get("service_code").asString()).isEqualTo(STREETLIGHT);
        assertThat(open.get("long").asDouble()).isEqualTo(120.7585);
        assertThat(open.get("media_url").asString()).isEqualTo("https://example.com/p.jpg");
        assertThat(open.toString()).doesNotContain("13800007777", "wang@example.com", "王", "中山东路100号", "路灯坏了一个月");

        String grievanceId = grievanceIdOf(id);
        Instant now = Instant.now();
        GrievanceAssigned assigned = new GrievanceAssigned(grievanceId, id, Channel.WEB, "路灯", "unit-330402-city",
                "南湖区城市管理局", "330402", "南湖区", "POINT_IN_POLYGON", "城乡建设", 0.9, "r-1", Urgency.NORMAL, 1, null, 1, now);
        String inProgress = "{\"caseId\":\"case-o-1\",\"grievanceId\":\"" + grievanceId + "\",\"trackingNo\":\"" + id
                + "\",\"startedAt\":\"" + now.plusSeconds(1) + "\",\"futureField\":1}";
        // sent again until seen: this context's consumers start at the latest offset and may join after the first
        // send; the same event id twice changes nothing
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).until(() -> {
            send(Topics.GRIEVANCE_ROUTED, assigned, grievanceId + ":assigned");
            sendRaw(Topics.CASE_LIFECYCLE, grievanceId, "case-o-1:in-progress", "suqiu.case.in-progress.v1", inProgress);
            JsonNode seen = json(get("/open311/v2/requests/" + id + ".json", HttpStatus.OK).getResponseBody()).get(0);
            return seen.get("status_notes").asString().contains("办理中") && seen.has("agency_responsible")
                    && !seen.get("agency_responsible").isNull();
        });
        CaseResolved resolved = new CaseResolved("case-o-1", grievanceId, id, "unit-330402-city", "路灯已修复。", "h-1",
                now.plusSeconds(2));
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).until(() -> {
            send(Topics.CASE_LIFECYCLE, resolved, "case-o-1:resolved");
            return json(get("/open311/v2/requests/" + id + ".json", HttpStatus.OK).getResponseBody())
                    .get(0).get("status").asString().equals("closed");
        });

        JsonNode closed = json(get("/open311/v2/requests/" + id + ".json", HttpStatus.OK).getResponseBody()).get(0);
        assertThat(closed.get("status_notes").asString()).isEqualTo("路灯已修复。");
        assertThat(closed.get("agency_responsible").asString()).isEqualTo("南湖区城市管理局");
        String xml = get("/open311/v2/requests/" + id + ".xml", HttpStatus.OK).getResponseBody();
        assertThat(xml).contains("<service_requests><request><service_request_id>" + id + "</service_request_id>",
                "<status>closed</status>");

        assertThat(json(get("/open311/v2/requests.json?status=closed&service_code=" + STREETLIGHT, HttpStatus.OK).getResponseBody())
                .valueStream().map(r -> r.get("service_request_id").asString())).contains(id);
        assertThat(json(get("/open311/v2/requests.json?status=open&service_request_id=" + id, HttpStatus.OK).getResponseBody())
                .size()).isZero();
        assertThat(json(get("/open311/v2/requests.json?end_date=2020-01-01T00:00:00Z&start_date=2019-12-01T00:00:00Z",
                HttpStatus.OK).getResponseBody()).size()).isZero();
    }

    @Test
    void shouldAnswerAnXmlReportInXmlAndAskTheServicesAttributes() {
        EntityExchangeResult<String> missing = post("xml", "api_key=" + KEY + "&service_code=" + HAZARD
                + "&address_string=嘉兴市秀洲区某工地", HttpStatus.BAD_REQUEST);
        assertThat(missing.getResponseBody()).contains("<errors><error><code>400</code>", "attribute[hazard_level]");

        EntityExchangeResult<String> created = post("xml", "api_key=" + KEY + "&service_code=" + HAZARD
                + "&address_string=嘉兴市秀洲区某工地&attribute[hazard_level]=high&description=脚手架松动", HttpStatus.CREATED);
        assertThat(created.getResponseBody()).startsWith("<?xml").contains("<service_requests><request><service_request_id>SQ");
    }

    @Test
    void shouldAnswerTheSpecsErrorsWithTheirStatusCodes() {
        assertError(post("json", "api_key=wrong&service_code=" + STREETLIGHT + "&lat=30.7&long=120.7", HttpStatus.FORBIDDEN), 403);
        assertError(post("json", "service_code=" + STREETLIGHT + "&lat=30.7&long=120.7", HttpStatus.FORBIDDEN), 403);
        assertError(post("json", "api_key=" + KEY + "&service_code=" + STREETLIGHT, HttpStatus.BAD_REQUEST), 400);
        assertError(post("json", "api_key=" + KEY + "&lat=30.7&long=120.7", HttpStatus.BAD_REQUEST), 400);
        assertError(post("json", "api_key=" + KEY + "&service_code=" + STREETLIGHT + "&lat=95&long=120.7", HttpStatus.BAD_REQUEST), 400);
        assertError(post("json", "api_key=" + KEY + "&service_code=" + STREETLIGHT + "&lat=30.7&long=120.7&description="
                + "长".repeat(5001), HttpStatus.BAD_REQUEST), 400);
        assertError(get("/open311/v2/requests/SQ20200101AAAAAA.json", HttpStatus.NOT_FOUND), 404);
        assertError(get("/open311/v2/services.json?jurisdiction_id=hangzhou.example.org", HttpStatus.NOT_FOUND), 404);
        assertError(get("/open311/v2/requests.json?start_date=yesterday", HttpStatus.BAD_REQUEST), 400);
        assertThat(get("/open311/v2/services.json?jurisdiction_id=330400", HttpStatus.OK).getStatus()).isEqualTo(HttpStatus.OK);
        EntityExchangeResult<String> xmlError = get("/open311/v2/requests/SQ20200101AAAAAA.xml", HttpStatus.NOT_FOUND);
        assertThat(xmlError.getResponseBody()).contains("<errors><error><code>404</code><description>");
    }

    // ---- helpers --------------------------------------------------------------------------------

    private EntityExchangeResult<String> get(String uri, HttpStatus expected) {
        EntityExchangeResult<String> result = web.get().uri(uri).exchange().expectBody(String.class).returnResult();
        assertThat(result.getStatus()).as(result.getResponseBody()).isEqualTo(expected);
        return result;
    }

    private EntityExchangeResult<String> post(String format, String form, HttpStatus expected) {
        EntityExchangeResult<String> result = web.post().uri("/open311/v2/requests." + format)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue(encode(form)).exchange().expectBody(String.class).returnResult();
        assertThat(result.getStatus()).as(result.getResponseBody()).isEqualTo(expected);
        return result;
    }

    /** Percent-encodes each value (the test writes forms readably). */
    private static String encode(String form) {
        StringBuilder encoded = new StringBuilder();
        for (String pair : form.split("&")) {
            String[] nameValue = pair.split("=", 2);
            if (!encoded.isEmpty()) {
                encoded.append('&');
            }
            encoded.append(java.net.URLEncoder.encode(nameValue[0], StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(nameValue.length > 1 ? nameValue[1] : "", StandardCharsets.UTF_8));
        }
        return encoded.toString();
    }

    private void assertError(EntityExchangeResult<String> result, int code) {
        JsonNode errors = json(result.getResponseBody());
        assertThat(errors.isArray()).as(result.getResponseBody()).isTrue();
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(code);
        assertThat(errors.get(0).get("description").asString()).isNotBlank();
    }

    @Autowired
    com.mongodb.reactivestreams.client.MongoDatabase database;

    private String grievanceIdOf(String trackingNo) {
        return reactor.core.publisher.Mono.from(database.getCollection("open311_requests")
                .find(com.mongodb.client.model.Filters.eq("_id", trackingNo)).first()).block(WAIT).getString("grievanceId");
    }

    private void send(String topic, Event event, String eventId) {
        Message<byte[]> message = codec.toMessage(event, eventId);
        Map<String, String> headers = new HashMap<>();
        message.getHeaders().keySet().stream().filter(name -> name.startsWith("ce_"))
                .forEach(name -> headers.put(name, EventCodec.header(message, name)));
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        RawRecords.send(SharedInfrastructure.kafka().bootstrapServers(), topic, event.subject(), headers,
                new String(message.getPayload(), StandardCharsets.UTF_8));
    }

    private void sendRaw(String topic, String key, String id, String type, String json) {
        Map<String, String> headers = new HashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.ID, id);
        headers.put(CloudEventHeaders.SOURCE, "/suqiu/mediation-service");
        headers.put(CloudEventHeaders.TYPE, type);
        headers.put(CloudEventHeaders.SUBJECT, key);
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        RawRecords.send(SharedInfrastructure.kafka().bootstrapServers(), topic, key, headers, json);
    }

    private JsonNode json(String text) {
        return codec.json().readTree(text);
    }
}
