package org.suqiu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.suqiu.contracts.Topics;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.contracts.mediation.CaseAccepted;
import org.suqiu.contracts.mediation.CaseOpened;
import org.suqiu.contracts.mediation.CaseResolved;
import org.suqiu.contracts.routing.GrievanceAssigned;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import tools.jackson.databind.JsonNode;

/**
 * The tracking page (/web/track.html) in Chromium: it follows a case from 已受理 to 已办结 as
 * routing and case events arrive on Kafka, finds it by the receipt code or the phone's last four
 * digits, and answers a wrong code exactly as an unknown number.
 */
class TrackingPageIT extends InTheBrowser {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** How the page writes a time: the citizen's clock is China's. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final String UNIT_ID = "unit-330402-city";
    private static final String UNIT = "南湖区城市管理局";

    @Test
    void shouldFollowTheCaseFromReceivedToAnsweredAsRoutingAndCaseEventsArrive() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant dueBy = t0.plus(Duration.ofDays(7));
        JsonNode receipt = submitThroughApi(grievance("小区门口路灯坏了一个月", "13800005678"));
        String grievanceId = receipt.get("grievanceId").asString();
        String trackingNo = receipt.get("trackingNo").asString();
        String code = receipt.get("receiptCode").asString();
        openPhone();
        page.navigate("/web/track.html?no=" + trackingNo);

        assertThat(trackingNoField()).hasValue(trackingNo);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("查询码")).fill(code.toLowerCase());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();

        assertThat(page.locator("#result-status")).hasText("已受理");
        assertThat(page.locator("#result-title")).hasText("受理编号 " + trackingNo);
        assertThat(page.locator("#result-unit")).hasText("待派单");
        assertThat(steps()).hasText(new String[] {"已受理", "已派单", "已签收", "已办结", "已结案"});
        assertThat(page.locator("#timeline .step-upcoming .step-time")).hasText(new String[] {"待进行", "待进行", "待进行", "待进行"});
        assertThat(page.locator("#timeline [aria-current=step]")).hasCount(1);

        publish(Topics.GRIEVANCE_ROUTED, new GrievanceAssigned(grievanceId, trackingNo, Channel.WEB, "小区门口路灯坏了一个月",
                UNIT_ID, UNIT, "330402", "南湖区", "POINT_IN_POLYGON", "城乡建设", 0.92, "r-1",
                Urgency.NORMAL, 1, null, 1, t0.plusSeconds(60)), grievanceId + ":assigned");
        publish(Topics.CASE_LIFECYCLE, new CaseOpened("case-" + grievanceId, grievanceId, trackingNo, UNIT_ID, UNIT, "330402",
                "城乡建设", t0.plusSeconds(90), t0.plusSeconds(3_600), dueBy),
                "case-" + grievanceId + ":opened");
        publish(Topics.CASE_LIFECYCLE, new CaseAccepted("case-" + grievanceId, grievanceId, trackingNo, UNIT_ID, "handler-7",
                t0.plusSeconds(600)), "case-" + grievanceId + ":accepted");
        awaitStatus(trackingNo, code, "ACCEPTED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("刷新进度")).click();

        assertThat(page.locator("#result-status")).hasText("已签收");
        assertThat(page.locator("#result-unit")).hasText(UNIT);
        assertThat(page.locator("#result-expected")).hasText(SHOWN.format(dueBy));
        assertThat(steps()).hasText(new String[] {"已受理", "已派单", "已签收", "已办结", "已结案"});
        assertThat(page.locator("#timeline .step-done")).hasCount(2);
        assertThat(page.locator("#timeline .step-current .step-label")).hasText("已签收");
        assertThat(page.locator("#timeline .step-done").nth(1).locator("time"))
                .hasText(SHOWN.format(t0.plusSeconds(60)));
        assertThat(page.locator("#timeline .step-done").nth(1).locator("time"))
                .hasAttribute("datetime", t0.plusSeconds(60).toString());
        assertThat(page.locator("#result-answer-box")).isHidden();

        publish(Topics.CASE_LIFECYCLE, new CaseResolved("case-" + grievanceId, grievanceId, trackingNo, UNIT_ID,
                "路灯已于今日修复，感谢您的反映。", "handler-7", t0.plusSeconds(7_200)), "case-" + grievanceId + ":resolved");
        awaitStatus(trackingNo, code, "RESOLVED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("刷新进度")).click();

        assertThat(page.locator("#result-status")).hasText("已办结");
        assertThat(page.locator("#result-answer")).hasText("路灯已于今日修复，感谢您的反映。");
        assertThat(page.locator("#result-expected-item")).isHidden();
        assertThat(steps()).hasText(new String[] {"已受理", "已派单", "已签收", "已办结", "已结案"});
        assertThat(page.locator("#timeline .step-upcoming .step-label")).hasText(new String[] {"已结案"});
        assertThat(scrollsSideways()).isFalse();
        screenshot("track-phone");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to English")).click();
        assertThat(page.locator("#result-status")).hasText("Answered");
        assertThat(steps()).hasText(new String[] {"Received", "Assigned to a department", "Accepted by the department",
                "Answered", "Closed"});
        assertThat(page.locator("#result-expected-item")).isHidden();
        assertThat(page.getByText("Handled by")).isVisible();
        assertThat(scrollsSideways()).isFalse();
        screenshot("track-phone-en");
    }

    @Test
    void shouldOpenStraightOnTheCaseFromTheReceiptLinkAndForgetTheCodeInTheAddress() {
        JsonNode receipt = submitThroughApi(grievance("井盖缺失，路人容易踩空", null));
        String trackingNo = receipt.get("trackingNo").asString();

        page.navigate("/web/track.html?no=" + trackingNo + "#code=" + receipt.get("receiptCode").asString());

        assertThat(page.locator("#result-status")).hasText("已受理");
        assertThat(page).hasURL(Pattern.compile("/web/track\\.html\\?no=" + trackingNo + "$"));
    }

    @Test
    void shouldFindTheCaseByTheLastFourDigitsOfThePhone() {
        String trackingNo = submitThroughApi(grievance("工地夜间施工噪声很大", "13912344321")).get("trackingNo").asString();
        page.navigate("/web/track.html");

        trackingNoField().fill(trackingNo.toLowerCase());
        page.getByText("电话后 4 位").click();
        page.getByLabel("电话号码后 4 位").fill("4321");
        page.getByLabel("电话号码后 4 位").press("Enter");

        assertThat(page.locator("#result-status")).hasText("已受理");
        assertThat(page.locator("#result-title")).hasText("受理编号 " + trackingNo);
    }

    @Test
    void shouldAnswerAWrongCodeExactlyAsAnUnknownNumber() {
        String trackingNo = submitThroughApi(grievance("公园健身器材损坏", "13700001111")).get("trackingNo").asString();
        page.navigate("/web/track.html");
        Locator alert = page.locator("#track-alert");
        String notFound = "没有找到这件诉求，或者查询码、电话后 4 位不正确。请核对后再试。";

        search(trackingNo, "phone", "9999");
        assertThat(alert).hasText(notFound);
        assertThat(page.locator("#result")).isHidden();

        search("SQ20261122ZZZZZZ", "code", "ABCDEF");
        assertThat(alert).hasText(notFound);
        assertThat(alert).isFocused();
        assertThat(page.locator("#result")).isHidden();
    }

    @Test
    void shouldCheckTheNumberAndCodeBeforeAskingTheServer() {
        List<String> requests = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("/api/grievances/")) {
                requests.add(request.url());
            }
        });
        page.navigate("/web/track.html");

        search("SQ123", "code", "AB");

        assertThat(page.locator("#no-error")).hasText("受理编号是 SQ 加 14 位数字和字母，例如 SQ20261122K7F3QX");
        assertThat(page.locator("#proof-error")).hasText("查询码是 6 位字母或数字");
        assertThat(trackingNoField()).hasAttribute("aria-invalid", "true");
        assertThat(trackingNoField()).isFocused();
        assertThat(requests).isEmpty();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Locator trackingNoField() {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("受理编号"));
    }

    private Locator steps() {
        return page.locator("#timeline .step-label");
    }

    private void search(String trackingNo, String kind, String proof) {
        trackingNoField().fill(trackingNo);
        page.locator("input[name=proof][value=" + kind + "]").check();
        page.locator("#proof-input").fill(proof);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询").setExact(true)).click();
    }

    private void awaitStatus(String trackingNo, String code, String status) {
        await().atMost(WAIT).until(() -> status.equals(trackingThroughApi(trackingNo, code).get("status").asString()));
    }

    private static Map<String, Object> grievance(String text, String phone) {
        return phone == null
                ? Map.of("channel", "WEB", "externalId", UUID.randomUUID().toString(), "text", text)
                : Map.of("channel", "WEB", "externalId", UUID.randomUUID().toString(), "text", text,
                        "contact", Map.of("phone", phone));
    }
}
