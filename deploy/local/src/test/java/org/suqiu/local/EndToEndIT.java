package org.suqiu.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.suqiu.contracts.Topics;
import org.suqiu.localinfra.Ports;
import org.suqiu.localinfra.testing.RawRecords;
import org.suqiu.localinfra.testing.TopicProbe;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system as a user runs it: the four services as processes from their built jars, one
 * real Kafka broker and one MongoDB-wire store, a grievance followed from submission to an alert.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TONGXIANG_ENV_UNIT = "330483-env";
    private static final String CITIZEN_PHONE = "13987654321";
    private static final String HANDLER = "h-330483-env";
    private static final String SUPERVISOR = "sup-330483";

    private final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    private LocalStack stack;
    private Path dataDir;

    @BeforeAll
    void startTheStack() throws IOException {
        Path home = Path.of(System.getProperty("suqiu.home", "../..")).toAbsolutePath().normalize();
        dataDir = Files.createTempDirectory("suqiu-e2e");
        List<String> demo = List.of("--spring.profiles.active=demo");
        List<String> quickDeadlines = new ArrayList<>(demo);
        quickDeadlines.addAll(List.of(
                "--suqiu.mediation.clock.profiles=file:" + quickProfiles(home, dataDir),
                "--suqiu.mediation.clock.profile=e2e",
                "--suqiu.mediation.watcher.interval=PT1S"));
        stack = new LocalStack(new LocalStack.Settings(home, dataDir, Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free(), List.of(
                ServiceSpec.of("identity-server", Ports.free()).withArgs(List.of(
                        "--suqiu.identity.key-store-dir=" + dataDir.resolve("identity"))),
                ServiceSpec.of("intake-service", Ports.free()).withArgs(demo),
                ServiceSpec.of("routing-service", Ports.free()).withArgs(demo),
                ServiceSpec.of("mediation-service", Ports.free()).withArgs(quickDeadlines),
                ServiceSpec.of("notification-service", Ports.free()).withArgs(demo)),
                Duration.ofSeconds(180)));
        stack.start();
    }

    /** The shipped deadline profiles plus "e2e": 签收 within a minute, so a case falls overdue during the test. */
    private static Path quickProfiles(Path home, Path dataDir) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        tools.jackson.databind.node.ObjectNode profiles = (tools.jackson.databind.node.ObjectNode) json.readTree(
                home.resolve("mediation-service/src/main/resources/clock/deadline-profiles.json").toFile());
        profiles.withArray("profiles").add(json.readTree("""
                {"name": "e2e", "source": "end-to-end test", "rules": [{"clock": "ACCEPT", "span": "1m"},
                 {"clock": "FIRST_CONTACT", "span": "10m"}, {"clock": "RESOLVE", "span": "20m"},
                 {"clock": "MEDIATION", "span": "30m"}], "maxExtension": "5m", "maxExtensions": 1,
                 "judicialConfirmation": "10m", "overdueSteps": ["PT10M"]}"""));
        Path file = dataDir.resolve("e2e-deadline-profiles.json");
        Files.writeString(file, json.writeValueAsString(profiles));
        return file;
    }

    @AfterAll
    void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
        LocalStack.reset(dataDir);
    }

    @Test
    void shouldFollowAGrievanceFromSubmissionToASupervisorAlertWhenNobodyAcceptsIt() {
        JsonNode receipt = submit("e2e-" + UUID.randomUUID(), "乌镇镇北栅附近工厂夜间排放刺鼻废气，影响居民休息");
        String trackingNo = receipt.get("trackingNo").asString();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode tracking = tracking(trackingNo);
            assertThat(tracking.get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(tracking.get("unit").get("id").asString()).isEqualTo(TONGXIANG_ENV_UNIT);
        });

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            JsonNode alerts = get(notification() + "/api/alerts?trackingNo=" + trackingNo, SUPERVISOR);
            assertThat(kinds(alerts)).contains("DEADLINE_APPROACHING", "OVERDUE");
        });
        JsonNode overdue = first(get(notification() + "/api/alerts?trackingNo=" + trackingNo + "&kind=OVERDUE", SUPERVISOR));
        assertThat(overdue.get("deadline").asString()).isEqualTo("ACCEPT");
        // the escalation ladder: the warning goes to the unit's handler, overdue level 1 to its head
        assertThat(overdue.get("recipients").toString()).contains("head-330483-env");
    }

    @Test
    void shouldOpenOneCaseWhenTheSameSubmissionArrivesTwice() {
        String externalId = "e2e-twice-" + UUID.randomUUID();
        JsonNode first = submit(externalId, "桐乡市梧桐街道河道发黑发臭，多次反映无人处理");
        JsonNode second = submit(externalId, "桐乡市梧桐街道河道发黑发臭，多次反映无人处理");
        assertThat(second.get("trackingNo").asString()).isEqualTo(first.get("trackingNo").asString());
        String grievanceId = first.get("grievanceId").asString();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(casesOf(grievanceId)).hasSize(1));
        try (TopicProbe received = TopicProbe.on(stack.bootstrapServers(), Topics.GRIEVANCE_RECEIVED)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> !received.poll(r -> grievanceId.equals(r.key())).isEmpty());
            assertThat(received.poll(r -> grievanceId.equals(r.key()))).hasSize(1);
        }
        assertThat(casesOf(grievanceId)).hasSize(1);
    }

    @Test
    void shouldDeadLetterAPoisonEventAndKeepRoutingTheNextOne() {
        String poisonId = UUID.randomUUID().toString();
        RawRecords.send(stack.bootstrapServers(), Topics.GRIEVANCE_RECEIVED, poisonId, Map.of(
                "ce_specversion", "1.0", "ce_id", poisonId, "ce_source", "/e2e", "ce_subject", poisonId,
                "ce_type", "suqiu.grievance.received.v1", "content-type", "application/json"), "{not json");

        try (TopicProbe dlq = TopicProbe.on(stack.bootstrapServers(), Topics.GRIEVANCE_RECEIVED + ".routing-service.dlq")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !dlq.poll(r -> poisonId.equals(r.key())).isEmpty());
        }
        String trackingNo = submit("e2e-after-poison-" + UUID.randomUUID(), "乌镇镇一化工厂偷排污水").get("trackingNo").asString();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(tracking(trackingNo).get("status").asString()).isEqualTo("ASSIGNED"));
    }

    @Test
    void shouldPublishASubmissionStoredJustBeforeACrash() {
        ServiceSpec intake = stack.settings().service("intake-service");
        stack.stop("intake-service");
        List<String> relayOff = new ArrayList<>(intake.extraArgs());
        relayOff.add("--suqiu.intake.relay.enabled=false");
        stack.startService(intake.withArgs(relayOff));
        stack.awaitReady(List.of("intake-service"));

        JsonNode receipt = submit("e2e-crash-" + UUID.randomUUID(), "乌镇镇西栅停车场收费混乱");
        String grievanceId = receipt.get("grievanceId").asString();
        stack.kill("intake-service");
        try (TopicProbe received = TopicProbe.on(stack.bootstrapServers(), Topics.GRIEVANCE_RECEIVED)) {
            assertThat(received.poll(r -> grievanceId.equals(r.key()))).isEmpty();
        }

        stack.startService(intake);
        stack.awaitReady(List.of("intake-service"));
        // the killed instance stays in intake's consumer group until its session times out
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(tracking(receipt.get("trackingNo").asString()).get("status").asString())
                        .isEqualTo("ASSIGNED"));
    }

    @Test
    void shouldIssueADemoHandlerATokenCarryingTheirUnitAndJurisdiction() {
        String jwt = tokenOf(HANDLER);

        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        assertThat(claims.get("sub").asString()).isEqualTo(HANDLER);
        assertThat(claims.get("unit_id").asString()).isEqualTo(TONGXIANG_ENV_UNIT);
        assertThat(claims.get("jurisdiction").asString()).isEqualTo("330483");
        assertThat(claims.get("roles").toString()).contains("HANDLER");
    }

    @Test
    void shouldShowACaseOnlyToStaffWhoseScopeCoversIt() {
        String grievanceId = submit("e2e-scope-" + UUID.randomUUID(), "乌镇镇河道漂浮大量垃圾").get("grievanceId").asString();
        String caseUrl = mediation() + "/api/cases/C-" + grievanceId;
        await().atMost(Duration.ofSeconds(30)).until(() -> getResponse(caseUrl, HANDLER).statusCode() == 200);

        assertThat(getResponse(caseUrl, SUPERVISOR).statusCode()).isEqualTo(200);
        assertThat(getResponse(caseUrl, "h-330421-transport").statusCode()).isEqualTo(404);
        assertThat(getResponse(caseUrl, "sup-330421").statusCode()).isEqualTo(404);
        assertThat(getResponse(caseUrl, null).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldKeepTheCitizensPersonalDataOutOfEveryLog() throws IOException {
        String name = "测试居民丙";
        String phone = "13700001111";
        String idNumber = "330483199001011234";
        String email = "citizen.bing@example.com";
        JsonNode receipt = submit("e2e-pii-" + UUID.randomUUID(), "乌镇镇一家餐馆油烟直排居民楼",
                Map.of("name", name, "phone", phone, "email", email), "桐乡市乌镇镇北栅街7号 身份证" + idNumber);
        String grievanceId = receipt.get("grievanceId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> getResponse(mediation() + "/api/cases/C-" + grievanceId, HANDLER).statusCode() == 200);

        for (ServiceSpec service : stack.settings().services()) {
            String log = new String(Files.readAllBytes(stack.logOf(service.name())), StandardCharsets.UTF_8);
            assertThat(log).as(service.name() + "'s log")
                    .doesNotContain(name).doesNotContain(phone).doesNotContain(idNumber).doesNotContain(email);
        }
    }

    private JsonNode submit(String externalId, String text) {
        return submit(externalId, text, Map.of("name", "测试居民乙", "phone", CITIZEN_PHONE), null);
    }

    private JsonNode submit(String externalId, String text, Map<String, String> contact, String address) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("channel", "WEB");
        fields.put("externalId", externalId);
        fields.put("text", text);
        fields.put("location", Map.of("lat", 30.7454, "lng", 120.4870, "crs", "WGS84"));
        fields.put("categoryHint", "环境保护");
        fields.put("contact", contact);
        if (address != null) {
            fields.put("address", address);
        }
        String body = JSON.writeValueAsString(fields);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(intake() + "/api/grievances"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body());
    }

    private List<JsonNode> casesOf(String grievanceId) {
        List<JsonNode> found = new ArrayList<>();
        get(mediation() + "/api/cases?unitId=" + TONGXIANG_ENV_UNIT + "&limit=200", HANDLER).forEach(c -> {
            if (grievanceId.equals(c.get("grievanceId").asString())) {
                found.add(c);
            }
        });
        return found;
    }

    private static List<String> kinds(JsonNode alerts) {
        List<String> kinds = new ArrayList<>();
        alerts.forEach(a -> kinds.add(a.get("kind").asString()));
        return kinds;
    }

    private static JsonNode first(JsonNode array) {
        assertThat(array.size()).isGreaterThan(0);
        return array.get(0);
    }

    private JsonNode tracking(String trackingNo) {
        return get(intake() + "/api/grievances/" + trackingNo + "?phoneLast4=" + CITIZEN_PHONE.substring(7), null);
    }

    private JsonNode get(String url, String user) {
        HttpResponse<String> response = getResponse(url, user);
        assertThat(response.statusCode()).as(url + " -> " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> getResponse(String url, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (user != null) {
            request.header("Authorization", "Bearer " + tokenOf(user));
        }
        return send(request.build());
    }

    /** A real access token from the real identity server, by the password grant of the CLI client. */
    private String tokenOf(String user) {
        return tokens.computeIfAbsent(user, u -> {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(
                            stack.settings().service("identity-server").baseUrl() + "/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "suqiu-cli:suqiu-cli-secret".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=" + u + "&password=suqiu-demo"))
                    .build());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body()).get("access_token").asString();
        });
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String intake() {
        return stack.settings().service("intake-service").baseUrl();
    }

    private String mediation() {
        return stack.settings().service("mediation-service").baseUrl();
    }

    private String notification() {
        return stack.settings().service("notification-service").baseUrl();
    }
}
