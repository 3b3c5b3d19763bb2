package org.suqiu.intake.wechat.infrastructure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.suqiu.intake.wechat.model.WechatAccount;

/**
 * {@code suqiu.intake.wechat.*}: the official accounts ({@code accounts.<id>.{token,aes-key,appid,
 * home-jurisdiction}}) and the protocol's timings.
 */
@ConfigurationProperties("suqiu.intake.wechat")
public record WechatProperties(Map<String, Account> accounts, Duration timestampWindow, Duration quietPeriod,
        Duration replyTimeout, Duration pictureTimeout, List<String> pictureHosts, Duration sweepInterval) {

    /** One account as configured. */
    public record Account(String token, String aesKey, String appid, String homeJurisdiction) {

        @Override
        public String toString() {
            return "Account[masked]";
        }
    }

    public WechatProperties {
        accounts = accounts == null ? Map.of() : accounts;
        timestampWindow = timestampWindow == null ? Duration.ofSeconds(300) : timestampWindow;
        quietPeriod = quietPeriod == null ? Duration.ofMinutes(30) : quietPeriod;
        replyTimeout = replyTimeout == null ? Duration.ofMillis(4000) : replyTimeout;
        pictureTimeout = pictureTimeout == null ? Duration.ofMillis(2500) : pictureTimeout;
        pictureHosts = pictureHosts == null ? List.of("mmbiz.qpic.cn", "mmsns.qpic.cn") : pictureHosts;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(30) : sweepInterval;
    }

    public Map<String, WechatAccount> wechatAccounts() {
        Map<String, WechatAccount> byId = new TreeMap<>();
        accounts.forEach((id, a) -> byId.put(id, new WechatAccount(id, a.token(), a.aesKey(), a.appid(), a.homeJurisdiction())));
        return byId;
    }
}
