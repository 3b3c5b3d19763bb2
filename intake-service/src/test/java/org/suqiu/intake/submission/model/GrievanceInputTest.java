package org.suqiu.intake.submission.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.intake.submission.model.Contact;
import org.suqiu.contracts.intake.GeoPoint;

class GrievanceInputTest {

    private static final String NOISE = "隆源路KTV每天营业到凌晨两点，噪声扰民。";

    @Test
    void shouldCountCharactersAsCodePointsSoEmojiCountOnce() {
        String emoji = "😡".repeat(GrievanceText.MAX_CODE_POINTS);

        assertThat(emoji.length()).isEqualTo(2 * GrievanceText.MAX_CODE_POINTS);
        assertThat(GrievanceText.length(emoji)).isEqualTo(GrievanceText.MAX_CODE_POINTS);
        assertThat(GrievanceText.isAcceptable(emoji)).isTrue();
        assertThat(input(emoji).text()).isEqualTo(emoji);
    }

    @Test
    void shouldAcceptFiveThousandCharactersAndRejectOneMore() {
        assertThat(GrievanceText.isAcceptable("字".repeat(5000))).isTrue();
        assertThat(GrievanceText.isAcceptable("字".repeat(5001))).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> input("a".repeat(5001)));
    }

    @Test
    void shouldRejectMissingOrBlankText() {
        assertThatIllegalArgumentException().isThrownBy(() -> input(null));
        assertThatIllegalArgumentException().isThrownBy(() -> input(" \n\t"));
    }

    @Test
    void shouldAssumeWgs84WhenTheLocationNamesNoReferenceSystem() {
        GrievanceInput input = new GrievanceInput(Channel.WEB, "w-1", NOISE, new GeoPoint(30.7441, 120.4862, null),
                null, null, null);

        assertThat(input.location().crs()).isEqualTo("WGS84");
    }

    @Test
    void shouldRejectALocationOffTheGlobeOrInAnUnknownSystem() {
        assertThat(GrievanceInput.isValidLocation(90, 180, "GCJ02")).isTrue();
        assertThat(GrievanceInput.isValidLocation(91, 120, "WGS84")).isFalse();
        assertThat(GrievanceInput.isValidLocation(30, -181, "WGS84")).isFalse();
        assertThat(GrievanceInput.isValidLocation(30, 120, "BD09")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new GrievanceInput(Channel.WEB, "w-1", NOISE,
                new GeoPoint(91, 120, "WGS84"), null, null, null));
    }

    @Test
    void shouldTreatBlankOptionalValuesAsAbsent() {
        GrievanceInput input = new GrievanceInput(Channel.WEB, "w-1", NOISE, null, "  ", new Contact(" ", "", null), "");

        assertThat(input.address()).isNull();
        assertThat(input.contact()).isNull();
        assertThat(input.categoryHint()).isNull();
    }

    @Test
    void shouldRejectAPhoneNumberThatIsNotOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GrievanceInput(Channel.HOTLINE, "c-1", NOISE, null, null,
                new Contact("李先生", "call me", null), null));
        assertThat(new GrievanceInput(Channel.HOTLINE, "c-1", NOISE, null, null,
                new Contact("李先生", "+86-139-0000-0000", null), null).contact().phone()).isEqualTo("+86-139-0000-0000");
    }

    @Test
    void shouldRejectAnAddressLongerThanFiveHundredCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GrievanceInput(Channel.WEB, "w-1", NOISE, null,
                "路".repeat(501), null, null));
    }

    @Test
    void shouldShowNoPersonalDataWhenPrinted() {
        GrievanceInput input = new GrievanceInput(Channel.HOTLINE, "c-1", NOISE, null, "桐乡市乌镇镇隆源路88号",
                new Contact("李先生", "13900000000", "li@example.com"), null);

        assertThat(input.toString()).contains("HOTLINE:c-1")
                .doesNotContain("隆源路", "李先生", "13900000000", "li@example.com");
    }

    private static GrievanceInput input(String text) {
        return new GrievanceInput(Channel.WEB, "w-1", text, null, null, null, null);
    }
}
