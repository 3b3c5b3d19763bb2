package org.suqiu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.suqiu.contracts.Topics;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.GrievanceReceived;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TopicProbe;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Geolocation;

import tools.jackson.databind.JsonNode;

/**
 * The citizen's web form (/) in Chromium: a grievance typed in Chinese becomes a tracking number
 * and a {@code GrievanceReceived} on Kafka, exactly once whatever the clicks and the network do;
 * errors sit beside their fields; English on request; a phone screen without sideways scrolling.
 */
class WebFormIT extends InTheBrowser {

    private static final Pattern TRACKING_NO = Pattern.compile("SQ\\d{8}[0-9A-Z]{6}");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static TopicProbe received;

    @BeforeAll
    static void openProbe() {
        received = TopicProbe.on(SharedInfrastructure.kafka().bootstrapServers(), Topics.GRIEVANCE_RECEIVED);
    }

    @AfterAll
    static void closeProbe() {
        received.close();
    }

    @Test
    void shouldAcceptAGrievanceTypedInChineseAndShowItsTrackingNumberAndCode() {
        context.grantPermissions(List.of("geolocation", "clipboard-read", "clipboard-write"));
        context.setGeolocation(new Geolocation(30.7536, 120.7585).setAccuracy(25));
        String text = "南湖区建设街道某小区门口的路灯坏了一个月，晚上出行很不安全，请尽快修复。";
        page.navigate("/");

        assertThat(page).hasTitle(Pattern.compile("提交诉求"));
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        page.getByLabel("诉求内容").fill(text);
        assertThat(page.locator("#text-count")).hasText(text.length() + " / 5000 字");
        page.getByLabel("地址").fill("浙江省嘉兴市南湖区建设街道某小区北门");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("使用我的位置")).click();
        assertThat(page.locator("#location-status")).containsText("纬度 30.7536，经度 120.7585");
        page.getByLabel("类别").selectOption("城乡建设");
        page.getByLabel("姓名").fill("王女士");
        page.getByLabel("电话", new Page.GetByLabelOptions().setExact(true)).fill("13800005678");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交诉求")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("诉求已受理"))).isVisible();
        assertThat(page.locator("#done-tracking-no")).hasText(TRACKING_NO);
        assertThat(page.locator("#done-code")).hasText(Pattern.compile("[2-9A-Z]{6}"));
        String trackingNo = page.locator("#done-tracking-no").textContent();
        String code = page.locator("#done-code").textContent();

        JsonNode tracking = trackingThroughApi(trackingNo, code);
        assertThat(tracking).as("the number and code the page shows are the API's").isNotNull();
        assertThat(tracking.get("status").asString()).isEqualTo("RECEIVED");

        GrievanceReceived event = awaitReceived(trackingNo);
        assertThat(event.channel()).isEqualTo(Channel.WEB);
        assertThat(event.externalId()).matches(UUID);
        assertThat(event.text()).isEqualTo(text);
        assertThat(event.categoryHint()).isEqualTo("城乡建设");
        assertThat(event.location().lat()).isEqualTo(30.7536);
        assertThat(event.location().lng()).isEqualTo(120.7585);
        assertThat(event.location().crs()).isEqualTo("WGS84");
        assertThat(event.sealedAddress()).as("the address travels sealed").isNotBlank().doesNotContain("建设街道");
        assertThat(event.citizenKey()).as("the phone made a citizen key").isNotBlank();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("复制编号和查询码")).click();
        assertThat(page.locator("#copy-status")).hasText("已复制");
        assertThat((String) page.evaluate("() => navigator.clipboard.readText()")).contains(trackingNo).contains(code);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看办理进度")).click();
        assertThat(page).hasURL(Pattern.compile("/web/track\\.html\\?no=" + trackingNo + "$"));
        assertThat(page.locator("#result-status")).hasText("已受理");
        assertThat(page.locator("#timeline .step-current .step-label")).hasText("已受理");
    }

    @Test
    void shouldSubmitOnceWhenTheButtonIsDoubleClicked() {
        List<String> posts = postsOf(page);
        page.navigate("/");
        page.getByLabel("诉求内容").fill("菜市场周边占道经营，早高峰通行困难。");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交诉求")).dblclick();

        assertThat(page.locator("#done-tracking-no")).hasText(TRACKING_NO);
        String trackingNo = page.locator("#done-tracking-no").textContent();
        assertThat(posts).as("one request for two clicks").hasSize(1);
        awaitReceived(trackingNo);
        String externalId = json(posts.get(0)).get("externalId").asString();
        await().during(Duration.ofSeconds(2)).atMost(WAIT)
                .until(() -> receivedWithExternalId(externalId).size() == 1);
    }

    @Test
    void shouldRetryWithTheSameExternalIdWhenTheAnswerWasLostSoNoSecondGrievanceIsMade() {
        List<String> posts = postsOf(page);
        AtomicInteger attempts = new AtomicInteger();
        String[] lostAnswer = new String[1];
        page.route("**/api/grievances", route -> {
            if (attempts.incrementAndGet() == 1) {
                // the server stores it and answers, but the answer never reaches the phone
                APIResponse stored = route.fetch();
                lostAnswer[0] = stored.text();
                route.abort("connectionreset");
            } else {
                route.resume();
            }
        });
        page.navigate("/");
        page.getByLabel("诉求内容").fill("河道里漂着很多垃圾，已经两周没有人清理。");
        page.getByLabel("电话", new Page.GetByLabelOptions().setExact(true)).fill("13900001234");
        Locator submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交诉求"));

        submit.click();
        assertThat(page.locator("#form-alert")).containsText("网络连接中断");
        assertThat(page.locator("#form-alert")).containsText("不会重复登记");
        submit.click();

        assertThat(page.locator("#done-tracking-no")).hasText(json(lostAnswer[0]).get("trackingNo").asString());
        assertThat(page.locator("#done-replayed")).containsText("之前已经提交成功");
        assertThat(page.locator("#done-code-item")).isHidden();
        assertThat(posts).hasSize(2);
        String externalId = json(posts.get(0)).get("externalId").asString();
        assertThat(json(posts.get(1)).get("externalId").asString()).as("the retry's key").isEqualTo(externalId);
        awaitReceived(json(lostAnswer[0]).get("trackingNo").asString());
        await().during(Duration.ofSeconds(2)).atMost(WAIT)
                .until(() -> receivedWithExternalId(externalId).size() == 1);
    }

    @Test
    void shouldKeepTheKeyOfASubmissionWhoseAnswerWasLostWhenThePageIsReloadedAndTheSameTextSentAgain() {
        List<String> posts = postsOf(page);
        String text = "小区垃圾桶三天没有清运，气味很大。";
        page.route("**/api/grievances", route -> {
            route.fetch();
            route.abort("connectionreset");
        });
        page.navigate("/");
        page.getByLabel("诉求内容").fill(text);
        page.locator("#submit").click();
        assertThat(page.locator("#form-alert")).containsText("网络连接中断");
        page.unrouteAll();

        page.reload();
        page.getByLabel("诉求内容").fill(text);
        page.locator("#submit").click();

        assertThat(page.locator("#done-replayed")).isVisible();
        assertThat(page.locator("#done-tracking-no")).hasText(TRACKING_NO);
        assertThat(posts).hasSize(2);
        assertThat(json(posts.get(1)).get("externalId").asString()).isEqualTo(json(posts.get(0)).get("externalId").asString());

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("再提交一件诉求")).click();
        page.getByLabel("诉求内容").fill("另一件事：路口红绿灯时间太短。");
        page.locator("#submit").click();
        assertThat(page.locator("#done-code")).hasText(Pattern.compile("[2-9A-Z]{6}"));
        assertThat(json(posts.get(2)).get("externalId").asString()).as("a new submission, a new key")
                .isNotEqualTo(json(posts.get(0)).get("externalId").asString());
    }

    @Test
    void shouldShowTheServersFieldErrorsBesideTheFieldsTheyName() {
        List<String> posts = postsOf(page);
        page.navigate("/");
        page.getByLabel("诉求内容").fill("小区楼下餐馆油烟直排，窗户都不敢开。");
        Locator phone = page.getByLabel("电话", new Page.GetByLabelOptions().setExact(true));
        Locator email = page.getByLabel("电子邮箱");
        phone.fill("电话138");
        email.fill("not-an-address");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交诉求")).click();

        assertThat(page.locator("#phone-error")).hasText("请填写正确的电话号码：5 到 20 位数字，可以包含 + 和 -");
        assertThat(page.locator("#email-error")).hasText("请填写正确的电子邮箱地址，例如 name@example.com");
        assertThat(page.locator("#phone-field")).hasClass(Pattern.compile("field-invalid"));
        assertThat(phone).hasAttribute("aria-invalid", "true");
        assertThat(phone).hasAttribute("aria-describedby", Pattern.compile("\\bphone-error\\b"));
        assertThat(email).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#text-error")).isHidden();
        assertThat(page.locator("#form-alert")).isFocused();
        assertThat(page.locator("#form-alert li")).hasCount(2);
        assertThat(posts).as("the server was asked").hasSize(1);
        assertThat(json(posts.get(0)).get("contact").get("phone").asString()).isEqualTo("电话138");

        phone.fill("0573-82345678");
        assertThat(page.locator("#phone-error")).isHidden();
        assertThat(phone).not().hasAttribute("aria-invalid", "true");
        email.fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交诉求")).click();
        assertThat(page.locator("#done-tracking-no")).hasText(TRACKING_NO);
    }

    @Test
    void shouldAskForTheTextAndCountItsCharactersAsTheServerDoesBeforeSendingAnything() {
        List<String> posts = postsOf(page);
        page.navigate("/");
        Locator submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交诉求"));

        submit.click();
        assertThat(page.locator("#text-error")).hasText("请填写诉求内容");
        assertThat(page.getByLabel("诉求内容")).hasAttribute("aria-invalid", "true");

        page.getByLabel("诉求内容").fill("噪".repeat(5001));
        assertThat(page.locator("#text-error")).hasText("诉求内容不能超过 5000 字，现在是 5001 字");
        assertThat(page.locator("#text-count")).hasText("5001 / 5000 字");
        assertThat(page.locator("#text-count")).hasClass(Pattern.compile("counter-over"));
        submit.click();
        assertThat(page.locator("#text-error")).hasText("诉求内容不能超过 5000 字，现在是 5001 字");

        page.getByLabel("诉求内容").fill("😡".repeat(5000));
        assertThat(page.locator("#text-count")).hasText("5000 / 5000 字");
        assertThat(page.locator("#text-error")).isHidden();
        assertThat(posts).as("nothing was sent").isEmpty();
    }

    @Test
    void shouldSayWhenToTryAgainWhenTheServiceIsBusyOrUnavailable() {
        AtomicInteger attempts = new AtomicInteger();
        page.route("**/api/grievances", route -> {
            boolean first = attempts.incrementAndGet() == 1;
            route.fulfill(new Route.FulfillOptions()
                    .setStatus(first ? 429 : 503)
                    .setHeaders(Map.of("Retry-After", first ? "2" : "30", "Content-Type", "application/problem+json"))
                    .setBody("{\"type\":\"https://suqiu.org/problems/" + (first ? "rate-limited" : "store-unavailable")
                            + "\",\"status\":" + (first ? 429 : 503) + "}"));
        });
        page.navigate("/");
        page.getByLabel("诉求内容").fill("公交站台的顶棚漏雨。");
        Locator submit = page.locator("#submit");

        submit.click();
        assertThat(page.locator("#form-alert")).hasText("现在提交的人较多，请 2 秒后再试。");
        assertThat(submit).isDisabled();
        assertThat(submit).containsText("秒后可以重新提交");
        assertThat(page.locator("#form-alert")).hasText("现在可以重新提交了。");
        assertThat(submit).isEnabled();

        submit.click();
        assertThat(page.locator("#form-alert")).hasText("系统暂时无法受理，请 30 秒后再试。您的诉求还没有提交成功。");
        assertThat(submit).isDisabled();
        assertThat(attempts).hasValue(2);
    }

    @Test
    void shouldSwitchToEnglishAndRememberTheChoice() {
        page.navigate("/");
        page.locator("#submit").click();
        assertThat(page.locator("#text-error")).hasText("请填写诉求内容");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to English")).click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page).hasTitle(Pattern.compile("Submit a request"));
        assertThat(page.getByLabel("Your request")).isVisible();
        assertThat(page.locator("#text-error")).hasText("Please describe your request");
        assertThat(page.locator("#text-count")).hasText("0 / 5000 characters");
        assertThat(page.locator("#submit")).hasText("Submit request");
        assertThat(page.getByLabel("Category").locator("option[value='环境保护']")).hasText("Environmental protection");

        page.reload();
        assertThat(page.getByLabel("Your request")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Track a request")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Track a request"))).isVisible();
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tracking number"))).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("切换到中文")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        page.navigate("/");
        assertThat(page.getByLabel("诉求内容")).isVisible();
    }

    @Test
    void shouldBeUsableWithTheKeyboardAlone() {
        page.navigate("/web/index.html");
        assertThat(page).hasURL(baseUrl() + "/");
        assertThat(page.getByLabel("诉求内容")).isVisible();

        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        page.keyboard().press("Enter");
        tabUntilFocused("#text");
        page.keyboard().type("楼道里的消防通道被杂物堵住了。");
        tabUntilFocused("#category");
        page.keyboard().press("ArrowDown");
        tabUntilFocused("#submit");
        page.keyboard().press("Enter");

        assertThat(page.locator("#done-title")).isFocused();
        assertThat(page.locator("#done-tracking-no")).hasText(TRACKING_NO);
        tabUntilFocused("#copy");
        tabUntilFocused("#done-track");
    }

    @Test
    void shouldFitAPhoneScreenWithoutScrollingSideways() {
        openPhone();
        page.navigate("/");
        assertThat(page.getByLabel("诉求内容")).isVisible();
        assertThat(page.locator("meta[name=viewport]")).hasAttribute("content", Pattern.compile("width=device-width"));
        assertThat(scrollsSideways()).isFalse();
        assertThat(page.locator("#submit").boundingBox().height).as("a thumb-sized button").isGreaterThanOrEqualTo(48);
        assertThat(page.getByLabel("电话", new Page.GetByLabelOptions().setExact(true)).boundingBox().height)
                .isGreaterThanOrEqualTo(44);
        screenshot("form-phone");

        page.locator("#submit").tap();
        assertThat(page.locator("#text-error")).isVisible();
        assertThat(scrollsSideways()).isFalse();
        screenshot("form-phone-error");

        page.getByLabel("诉求内容").fill("小区电梯经常停运，老人上下楼非常困难，物业一直不处理，希望有关部门督促解决。");
        page.getByLabel("地址").fill("浙江省嘉兴市秀洲区新城街道某某花园 12 幢");
        page.locator("#submit").tap();
        assertThat(page.locator("#done-tracking-no")).hasText(TRACKING_NO);
        assertThat(scrollsSideways()).isFalse();
        screenshot("receipt-phone");

        page.setViewportSize(320, 640);
        assertThat(scrollsSideways()).as("a small phone too").isFalse();
        assertThat(page.locator("#done-tracking-no").boundingBox().height).as("the number on one line").isLessThan(50);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Presses Tab (at most a screenful of stops) until the element has the focus. */
    private void tabUntilFocused(String selector) {
        Locator target = page.locator(selector);
        for (int stop = 0; stop < 20 && !(Boolean) target.evaluate("el => el === document.activeElement"); stop++) {
            page.keyboard().press("Tab");
        }
        assertThat(target).isFocused();
    }

    /** The bodies of the form's POSTs, as the browser sent them. */
    private static List<String> postsOf(Page page) {
        List<String> posts = new CopyOnWriteArrayList<>();
        page.onRequest((Request request) -> {
            if ("POST".equals(request.method()) && request.url().endsWith("/api/grievances")) {
                posts.add(request.postData());
            }
        });
        return posts;
    }

    private GrievanceReceived awaitReceived(String trackingNo) {
        await().atMost(WAIT).until(() -> !receivedFor(trackingNo).isEmpty());
        return receivedFor(trackingNo).get(0);
    }

    private List<GrievanceReceived> receivedFor(String trackingNo) {
        return received.ofType(GrievanceReceived.TYPE).stream()
                .map(record -> codec.json().readValue(record.value(), GrievanceReceived.class))
                .filter(event -> trackingNo.equals(event.trackingNo()))
                .toList();
    }

    private List<GrievanceReceived> receivedWithExternalId(String externalId) {
        return received.ofType(GrievanceReceived.TYPE).stream()
                .map(record -> codec.json().readValue(record.value(), GrievanceReceived.class))
                .filter(event -> externalId.equals(event.externalId()))
                .toList();
    }
}
