package org.suqiu.intake.mailbox.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class ChineseCharsetsTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void shouldReadGb2312LabelledTextWithGbkOnlyCharacters() {
        byte[] bytes = "朱镕基 王喆".getBytes(GBK);
        assertThat(new String(bytes, ChineseCharsets.forLabel("gb2312"))).isEqualTo("朱镕基 王喆");
        assertThat(new String(bytes, ChineseCharsets.forLabel("\"GBK\""))).isEqualTo("朱镕基 王喆");
    }

    @Test
    void shouldDecodeBAndQEncodedWordsAndJoinAdjacentOnes() {
        byte[] bytes = "路灯坏了".getBytes(GBK);
        String first = Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(bytes, 0, 3));
        String second = Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(bytes, 3, bytes.length));
        // a character split across two words survives because adjacent words are joined first
        assertThat(ChineseCharsets.decodeHeader("=?GB2312?B?" + first + "?=\r\n =?GB2312?B?" + second + "?=")).isEqualTo("路灯坏了");
        assertThat(ChineseCharsets.decodeHeader("Re: =?UTF-8?Q?=E5=81=9C_=E6=B0=B4?= now")).isEqualTo("Re: 停 水 now");
        assertThat(ChineseCharsets.decodeHeader("plain subject")).isEqualTo("plain subject");
    }

    @Test
    void shouldFallBackToUtf8ForUnknownLabels() {
        assertThat(ChineseCharsets.forLabel("x-unknown-charset").name()).isEqualTo("UTF-8");
    }
}
