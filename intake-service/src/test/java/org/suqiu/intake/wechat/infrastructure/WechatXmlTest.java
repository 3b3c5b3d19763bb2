package org.suqiu.intake.wechat.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.suqiu.intake.wechat.model.WechatRefusal;

class WechatXmlTest {

    @Test
    void shouldReadTheFlatFieldsOfAMessage() {
        var fields = WechatXml.parse("<xml><ToUserName><![CDATA[gh_1]]></ToUserName><CreateTime>1348831860</CreateTime>"
                + "<Content><![CDATA[路灯 <坏了>]]></Content></xml>");
        assertThat(fields).containsEntry("ToUserName", "gh_1").containsEntry("CreateTime", "1348831860")
                .containsEntry("Content", "路灯 <坏了>");
    }

    @Test
    void shouldRefuseExternalEntitiesAndAnyDoctype() {
        assertThatThrownBy(() -> WechatXml.parse("<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><xml><A>&x;</A></xml>"))
                .isInstanceOf(WechatRefusal.class);
        assertThatThrownBy(() -> WechatXml.parse("<!DOCTYPE xml SYSTEM \"http://127.0.0.1:1/x.dtd\"><xml/>"))
                .isInstanceOf(WechatRefusal.class);
        assertThatThrownBy(() -> WechatXml.parse("<xml><A>unclosed</xml>")).isInstanceOf(WechatRefusal.class);
    }

    @Test
    void shouldWriteRepliesThatSurviveCdataTerminatorsInTheContent() {
        String reply = WechatXml.textReply("oUser", "gh_1", 1, "a]]>b");
        assertThat(WechatXml.parse(reply)).containsEntry("Content", "a]]>b").containsEntry("ToUserName", "oUser");
    }
}
