package org.suqiu.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

    @ParameterizedTest
    @CsvSource({
            "13812345678, 138****5678",
            "138 1234 5678, 138****5678",
            "138-1234-5678, 138****5678",
            "+8613812345678, 138****5678",
            "008613812345678, 138****5678",
            "0573-88123456, 057*****3456",
            "8812345, ***2345",
            "12345, *2345",
            "1234, ****",
            "'', ''"})
    void shouldKeepTheFirstThreeAndLastFourDigitsOfAPhoneNumber(String phone, String masked) {
        assertThat(Masking.phone(phone)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({
            "330483199001011234, 330***********1234",
            "33048319900101123X, 330***********123X",
            "330483900101123, 330********1123",
            "G1234567, G12*4567",
            "E123456, *******"})
    void shouldHideTheMiddleOfAnIdNumberIncludingTheBirthDate(String id, String masked) {
        assertThat(Masking.idNumber(id)).isEqualTo(masked).doesNotContain("19900101");
    }

    @ParameterizedTest
    @CsvSource({
            "王小明, 王*明",
            "王明, 王*",
            "欧阳小明, 欧**明",
            "王, *",
            "' 王小明 ', 王*明",
            "John Smith, J********h"})
    void shouldKeepTheFirstAndLastCharacterOfAName(String name, String masked) {
        assertThat(Masking.name(name)).isEqualTo(masked);
    }

    @Test
    void shouldCountCharactersOutsideTheBasicPlaneAsOne() {
        assertThat(Masking.name("𠀀小明")).isEqualTo("𠀀*明");
    }

    @ParameterizedTest
    @CsvSource({
            "wang@example.com, w***@example.com",
            "wang.xiaoming@example.com, w***@example.com",
            "w@example.com, w***@example.com",
            "not-an-address, ***",
            "@example.com, ***",
            "wang@, ***"})
    void shouldKeepTheFirstCharacterAndTheDomainOfAnEmailAddress(String email, String masked) {
        assertThat(Masking.email(email)).isEqualTo(masked);
    }

    @Test
    void shouldShowAtMostSixCharactersAndAtMostHalfOfAnAddress() {
        assertThat(Masking.address("浙江省嘉兴市桐乡市乌镇镇北栅街12号")).isEqualTo("浙江省嘉兴市****");
        assertThat(Masking.address("北栅街12号")).isEqualTo("北栅街****");
        assertThat(Masking.address("𠀀𠀀𠀀𠀀")).isEqualTo("𠀀𠀀****");
        assertThat(Masking.address(null)).isNull();
    }

    @Test
    void shouldLeaveNullAsNull() {
        assertThat(Masking.phone(null)).isNull();
        assertThat(Masking.idNumber(null)).isNull();
        assertThat(Masking.name(null)).isNull();
        assertThat(Masking.email(null)).isNull();
    }
}
