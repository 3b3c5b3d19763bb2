package org.suqiu.notification.recipient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.suqiu.notification.jurisdiction.model.JurisdictionCode;

class SupervisorsTest {

    private final Supervisors jiaxing = new Supervisors(List.of(
            supervisor("sup-jx", "嘉兴市督查室", "330400"),
            supervisor("sup-330421", "嘉善县督查室", "330421"),
            supervisor("sup-330483", "桐乡市督查室", "330483")));

    @Test
    void shouldTellTheCountyAndTheCityOfficeAboutATownshipCaseNearestFirst() {
        RecipientResolution resolution = jiaxing.resolve("330483102");

        assertThat(resolution.recipients()).extracting(Recipient::id).containsExactly("sup-330483", "sup-jx");
        assertThat(resolution.recipients().get(0))
                .isEqualTo(new Recipient("sup-330483", "桐乡市督查室", "330483"));
        assertThat(resolution.hasRecipients()).isTrue();
        assertThat(resolution.whyNobody()).isEmpty();
    }

    @Test
    void shouldNotTellTheOfficeOfASiblingCounty() {
        assertThat(jiaxing.resolve("330421101").recipients()).extracting(Recipient::id)
                .containsExactly("sup-330421", "sup-jx");
    }

    @Test
    void shouldTellOnlyTheCityOfficeAboutACountyWithoutItsOwn() {
        assertThat(jiaxing.resolve("330402").recipients()).extracting(Recipient::id).containsExactly("sup-jx");
    }

    @Test
    void shouldTellNobodyAboutACountyOfAnotherCity() {
        RecipientResolution resolution = jiaxing.resolve("330106");

        assertThat(resolution.recipients()).isEmpty();
        assertThat(resolution.jurisdiction()).contains(JurisdictionCode.of("330106"));
        assertThat(resolution.whyNobody()).get().asString().contains("no supervisor is configured for 330106");
    }

    @Test
    void shouldTellNobodyWhenTheCaseHasNoValidDivisionCode() {
        assertThat(jiaxing.resolve(null).recipients()).isEmpty();
        RecipientResolution garbled = jiaxing.resolve("33048");
        assertThat(garbled.recipients()).isEmpty();
        assertThat(garbled.whyNobody()).get().asString().contains("'33048' is not a division code");
    }

    @Test
    void shouldTellAProvinceOfficeAboutEverythingInTheProvince() {
        Supervisors withProvince = new Supervisors(List.of(
                supervisor("sup-zj", "浙江省督查室", "330000"),
                supervisor("sup-330483", "桐乡市督查室", "330483")));

        assertThat(withProvince.resolve("330483102").recipients()).extracting(Recipient::id)
                .containsExactly("sup-330483", "sup-zj");
    }

    @Test
    void shouldRefuseTheSameSupervisorIdTwice() {
        assertThatThrownBy(() -> new Supervisors(List.of(
                supervisor("sup-jx", "嘉兴市督查室", "330400"),
                supervisor("sup-jx", "嘉兴市督查室（重复）", "330400"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sup-jx");
    }

    @Test
    void shouldRefuseASupervisorWithoutAName() {
        assertThatThrownBy(() -> supervisor("sup-x", " ", "330400")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Supervisor supervisor(String id, String name, String code) {
        return new Supervisor(id, name, JurisdictionCode.of(code));
    }
}
