package org.suqiu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.suqiu.contracts.Event;
import org.suqiu.intake.IntakeServiceApplication;
import org.suqiu.localinfra.testing.RawRecords;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TestIssuer;
import org.suqiu.platform.events.CloudEventHeaders;
import org.suqiu.platform.events.EventCodec;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.RequestOptions;

import tools.jackson.databind.JsonNode;

/**
 * intake-service running in this JVM on a real Kafka broker and MongoDB-wire server, and Debian's
 * Chromium driven by Playwright against the pages it serves. One Spring context for all browser
 * test classes (same configuration), one browser per class, a fresh browser context per test.
 */
@SpringBootTest(classes = IntakeServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class InTheBrowser {

    /** A phone (iPhone 12–15 class) as the citizen holds it. */
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;

    private static final String DATABASE = SharedInfrastructure.uniqueDatabase("intake-browser");
    private static final String CHROMIUM = System.getProperty("suqiu.chromium", "/usr/bin/chromium");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    EventCodec codec;

    BrowserContext context;
    Page page;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.mongodb.uri",
                () -> SharedInfrastructure.mongo().uri(DATABASE) + "?serverSelectionTimeoutMS=3000&connectTimeoutMS=2000");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestIssuer.shared().issuerUri());
        registry.add("suqiu.intake.relay.interval", () -> "200ms");
        // -Dsuqiu.static-dir=.../intake-service/src/main/resources/static tries page edits without reinstalling intake
        String staticDir = System.getProperty("suqiu.static-dir");
        if (staticDir != null && !staticDir.isBlank()) {
            registry.add("spring.web.resources.static-locations", () -> "file:" + Paths.get(staticDir).toAbsolutePath() + "/");
        }
    }

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update")));
        // two cores shared with Kafka, Mongo and the service: auto-waiting gets more room than its 5 s default
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openDesktopPage() {
        open(new Browser.NewContextOptions());
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    /** Replaces the page with one in a new browser context (fresh storage) with these options. */
    Page open(Browser.NewContextOptions options) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(options.setBaseURL(baseUrl()).setLocale("zh-CN").setTimezoneId("Asia/Shanghai"));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        return page;
    }

    /** A phone-sized page: 390 × 844 CSS pixels, touch, mobile viewport rules. */
    Page openPhone() {
        return open(new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** True when the page is wider than its viewport, i.e. the citizen would have to scroll sideways. */
    boolean scrollsSideways() {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"
                + " || document.body.scrollWidth > document.documentElement.clientWidth");
    }

    /** A full-page screenshot under target/screenshots, to look at. */
    Path screenshot(String name) {
        Path file = Paths.get(System.getProperty("suqiu.screenshots", "target/screenshots")).resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Submits a grievance through the API, as another tab or a retry would; answers the 202 body. */
    JsonNode submitThroughApi(Map<String, Object> body) {
        APIResponse response = page.request().post("/api/grievances", RequestOptions.create().setData(body));
        assertThat(response.status()).as(response.text()).isEqualTo(202);
        return json(response.text());
    }

    /** The citizen's tracking view through the API, or null when it answers 404. */
    JsonNode trackingThroughApi(String trackingNo, String code) {
        APIResponse response = page.request().get("/api/grievances/" + trackingNo + "?code=" + code);
        return response.status() == 404 ? null : json(response.text());
    }

    /** Publishes an event as its producing service would (CloudEvents binary mode, key = subject). */
    void publish(String topic, Event event, String eventId) {
        Message<byte[]> message = codec.toMessage(event, eventId);
        Map<String, String> headers = new HashMap<>();
        message.getHeaders().keySet().stream().filter(name -> name.startsWith("ce_"))
                .forEach(name -> headers.put(name, EventCodec.header(message, name)));
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        RawRecords.send(SharedInfrastructure.kafka().bootstrapServers(), topic, event.subject(), headers,
                new String(message.getPayload(), StandardCharsets.UTF_8));
    }

    JsonNode json(String text) {
        return codec.json().readTree(text);
    }
}
