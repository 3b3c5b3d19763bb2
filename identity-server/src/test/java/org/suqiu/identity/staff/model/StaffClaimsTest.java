package org.suqiu.identity.staff.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StaffClaimsTest {

    private static final String HASH = "{bcrypt}$2a$10$abcdefghijklmnopqrstuv";

    @Test
    void shouldCarryNameRolesUnitAndJurisdictionOfAHandler() {
        StaffMember handler = new StaffMember("h-330483-env", "嘉兴市生态环境局桐乡分局承办人", Set.of(Role.HANDLER),
                "330483-env", JurisdictionCode.of("330483"), HASH);

        assertThat(StaffClaims.of(handler)).containsExactly(
                entry("name", "嘉兴市生态环境局桐乡分局承办人"),
                entry("roles", List.of("HANDLER")),
                entry("unit_id", "330483-env"),
                entry("jurisdiction", "330483"));
    }

    @Test
    void shouldLeaveUnitIdOutForSomeoneOfNoUnit() {
        StaffMember supervisor = new StaffMember("sup-330483100", "乌镇镇督查室", Set.of(Role.SUPERVISOR), " ",
                JurisdictionCode.of("330483100"), HASH);

        assertThat(StaffClaims.of(supervisor)).doesNotContainKey("unit_id").containsEntry("jurisdiction", "330483100");
        assertThat(supervisor.unit()).isEmpty();
    }

    @Test
    void shouldListSeveralRolesInTheirDeclaredOrder() {
        StaffMember member = new StaffMember("x", "某单位", EnumSet.of(Role.UNIT_HEAD, Role.HANDLER, Role.MEDIATOR),
                "330483-gov", JurisdictionCode.of("330483"), HASH);

        assertThat(StaffClaims.of(member).get("roles")).isEqualTo(List.of("HANDLER", "MEDIATOR", "UNIT_HEAD"));
    }

    @Test
    void shouldRequireAUnitForStaffOfAUnit() {
        for (Role role : List.of(Role.HANDLER, Role.MEDIATOR, Role.UNIT_HEAD)) {
            assertThatThrownBy(() -> new StaffMember("x", "某单位", Set.of(role), "", JurisdictionCode.of("330483"), HASH))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belong to a unit");
        }
    }

    @Test
    void shouldRefuseAPasswordThatIsNotEncoded() {
        assertThatThrownBy(() -> new StaffMember("x", "某单位", Set.of(Role.ADMIN), null, JurisdictionCode.of("330400"),
                "suqiu-demo")).hasMessageContaining("encoded").hasMessageNotContaining("suqiu-demo");
        assertThatThrownBy(() -> new StaffMember("x", "某单位", Set.of(Role.ADMIN), null, JurisdictionCode.of("330400"),
                "{noop}suqiu-demo")).hasMessageContaining("encoded").hasMessageNotContaining("suqiu-demo");
    }

    @Test
    void shouldNotPrintThePasswordHash() {
        StaffMember admin = new StaffMember("admin", "管理员", Set.of(Role.ADMIN), null, JurisdictionCode.of("330400"), HASH);

        assertThat(admin.toString()).contains("admin").doesNotContain("bcrypt");
    }

    @Test
    void shouldAcceptDivisionCodesOfEveryLevelAndNothingElse() {
        for (String code : List.of("33", "3304", "330400", "330483100", "330483100001")) {
            assertThat(JurisdictionCode.of(code).value()).isEqualTo(code);
        }
        for (String bad : List.of("", "3", "33048", "3304831", "33a400", "1234567890123")) {
            assertThatThrownBy(() -> JurisdictionCode.of(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void shouldRefuseUserIdsThatCannotBeASubject() {
        for (String bad : List.of("", " admin", "a b", "管理员", "-x")) {
            assertThatThrownBy(() -> new StaffMember(bad, "某单位", Set.of(Role.ADMIN), null,
                    JurisdictionCode.of("330400"), HASH)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
