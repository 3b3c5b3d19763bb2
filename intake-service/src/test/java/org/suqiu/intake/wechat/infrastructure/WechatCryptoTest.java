package org.suqiu.intake.wechat.infrastructure;

import org.suqiu.intake.wechat.model.WechatAccount;
import org.suqiu.intake.wechat.model.WechatRefusal;
import org.suqiu.intake.wechat.model.WechatSignature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class WechatCryptoTest {

    private static final WechatAccount ACCOUNT = new WechatAccount("t", "token", "KNiX9xrTMXqoHma6bM1SM9Sr3vpsjK9HgEflOrH7aSE",
            "wx0000000000000001", null);
    private final WechatCrypto crypto = new WechatCrypto(ACCOUNT, new SecureRandom());

    @Test
    void shouldDecryptWhatItEncryptedWithChineseText() {
        String message = "<xml><Content><![CDATA[路灯坏了]]></Content></xml>";
        assertThat(crypto.decrypt(crypto.encrypt(message))).isEqualTo(message);
    }

    @Test
    void shouldPadToWholeBlocksOf32Bytes() {
        for (int length = 0; length < 70; length++) {
            byte[] sealed = Base64.getDecoder().decode(crypto.encrypt("x".repeat(length)));
            assertThat(sealed.length % 32).isZero();
        }
    }

    @Test
    void shouldRefuseAMessageForAnotherAppid() {
        WechatCrypto other = new WechatCrypto(new WechatAccount("o", "token", ACCOUNT.aesKey(), "wx_other", null), new SecureRandom());
        assertThatThrownBy(() -> crypto.decrypt(other.encrypt("<xml/>")))
                .isInstanceOfSatisfying(WechatRefusal.class, e -> assertThat(e.reason()).isEqualTo("wrong-appid"));
    }

    @Test
    void shouldRefuseGarbageAndTruncatedCiphertexts() {
        assertThatThrownBy(() -> crypto.decrypt("not base64 !!")).isInstanceOf(WechatRefusal.class);
        String sealed = crypto.encrypt("<xml/>");
        byte[] bytes = Base64.getDecoder().decode(sealed);
        String cut = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(bytes, bytes.length - 5));
        assertThatThrownBy(() -> crypto.decrypt(cut)).isInstanceOf(WechatRefusal.class);
    }

    @Test
    void shouldSignTheSortedPartsWithSha1() {
        // the example of WeChat's documentation: sha1 of the sorted token, timestamp and nonce
        assertThat(WechatSignature.of("token", "1409304348", "xxxxxx"))
                .isEqualTo(WechatSignature.of("xxxxxx", "token", "1409304348"));
        assertThat(WechatSignature.matches(WechatSignature.of("a", "b"), WechatSignature.of("b", "a").toUpperCase())).isTrue();
        assertThat(WechatSignature.matches(WechatSignature.of("a", "b"), null)).isFalse();
    }

    @Test
    void shouldRefuseAnAesKeyThatIsNot43Characters() {
        assertThatThrownBy(() -> new WechatAccount("x", "token", "short", "wx1", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
