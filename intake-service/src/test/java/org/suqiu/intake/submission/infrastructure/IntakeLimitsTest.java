package org.suqiu.intake.submission.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class IntakeLimitsTest {

    private final IntakeLimits limits = new IntakeLimits(10, DataSize.ofMegabytes(10), 10);

    @Test
    void shouldCountTheTextInCharactersAsCitizensCountThem() {
        assertThat(limits.textFits("一二三四五六七八九十")).isTrue();
        assertThat(limits.textFits("😀".repeat(10))).as("ten emoji are ten characters").isTrue();
        assertThat(limits.textFits("一二三四五六七八九十一")).isFalse();
    }

    @Test
    void shouldAllowTenAttachmentsOfTenMegabytesAtMost() {
        assertThat(limits.attachmentsFit(10, DataSize.ofMegabytes(10).toBytes())).isTrue();
        assertThat(limits.attachmentsFit(11, 1)).isFalse();
        assertThat(limits.attachmentsFit(1, DataSize.ofMegabytes(10).toBytes() + 1)).isFalse();
    }

    @Test
    void shouldRefuseATextLimitAboveTheModelsFiveThousand() {
        assertThatThrownBy(() -> new IntakeLimits(5001, DataSize.ofMegabytes(10), 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
