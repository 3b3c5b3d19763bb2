package org.suqiu.identity.staff.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.suqiu.identity.staff.model.Role;
import org.suqiu.identity.staff.model.StaffMember;

class StaffFileTest {

    private static final String HEADER = "id,display_name,roles,unit_id,jurisdiction,password\n";
    private static final String HASH = "{bcrypt}$2a$10$abcdefghijklmnopqrstuv";

    private static List<StaffMember> demoStaff() {
        var in = StaffFileTest.class.getResourceAsStream("/demo/users.csv");
        return StaffFile.parse(new InputStreamReader(in, StandardCharsets.UTF_8), "demo/users.csv");
    }

    private static Map<String, StaffMember> demoById() {
        return demoStaff().stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }

    private static List<StaffMember> parse(String text) {
        return StaffFile.parse(new StringReader(text), "users.csv");
    }

    @Test
    void shouldHaveADemoUserForEveryRole() {
        Set<Role> covered = EnumSet.noneOf(Role.class);
        demoStaff().forEach(member -> covered.addAll(member.roles()));

        assertThat(covered).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void shouldHaveTheDemoUsersTheOtherServicesAndTheReadmeName() {
        assertThat(demoById()).containsKeys("op-jx", "clerk-jx", "disp-jx", "h-330483-env", "h-330421-transport",
                "med-330483", "head-330483-env", "sup-330483", "sup-330483100", "sup-330483101", "sup-330483102",
                "sup-330421", "sup-jx", "admin");
    }

    @Test
    void shouldPutTheTongxiangEnvironmentHandlerInItsUnitAndCounty() {
        StaffMember handler = demoById().get("h-330483-env");

        assertThat(handler.roles()).containsExactly(Role.HANDLER);
        assertThat(handler.unitId()).isEqualTo("330483-env");
        assertThat(handler.jurisdiction().value()).isEqualTo("330483");
        assertThat(handler.displayName()).contains("桐乡");
    }

    @Test
    void shouldGiveEachSupervisorTheDivisionCodeInItsId() {
        Map<String, StaffMember> staff = demoById();

        assertThat(staff.get("sup-jx").jurisdiction().value()).isEqualTo("330400");
        assertThat(staff.get("sup-330483").jurisdiction().value()).isEqualTo("330483");
        // 2023 codes: 乌镇镇 330483100, 濮院镇 330483101, 屠甸镇 330483102
        assertThat(staff.get("sup-330483100")).satisfies(s -> {
            assertThat(s.jurisdiction().value()).isEqualTo("330483100");
            assertThat(s.displayName()).startsWith("乌镇镇");
        });
        assertThat(staff.get("sup-330483101").displayName()).startsWith("濮院镇");
        assertThat(staff.get("sup-330483102").displayName()).startsWith("屠甸镇");
        demoStaff().stream().filter(s -> s.id().startsWith("sup-3304")).forEach(s ->
                assertThat(s.id()).isEqualTo("sup-" + s.jurisdiction().value()));
    }

    @Test
    void shouldStoreEveryDemoPasswordHashedAsTheDocumentedDemoPassword() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

        assertThat(demoStaff()).allSatisfy(member -> {
            assertThat(member.passwordHash()).startsWith("{bcrypt}$2");
            assertThat(encoder.matches("suqiu-demo", member.passwordHash())).isTrue();
        });
        assertThat(demoStaff().stream().map(StaffMember::passwordHash).distinct()).hasSameSizeAs(demoStaff());
    }

    @Test
    void shouldReadSeveralRolesAnEmptyUnitCommentsAndBlankLines() {
        List<StaffMember> staff = parse("# comment\n\uFEFF" + HEADER + "\n"
                + "a,甲单位,HANDLER|MEDIATOR,330483-gov,330483," + HASH + "\n"
                + "  # another comment\n"
                + "b,乙单位,SUPERVISOR,,330483100," + HASH + "\n");

        assertThat(staff).extracting(StaffMember::id).containsExactly("a", "b");
        assertThat(staff.get(0).roles()).containsExactly(Role.HANDLER, Role.MEDIATOR);
        assertThat(staff.get(1).unit()).isEmpty();
    }

    @Test
    void shouldNameTheLineOfAnUnknownRole() {
        assertThatThrownBy(() -> parse(HEADER + "a,甲,HANDLER,u,330483," + HASH + "\nb,乙,CITIZEN,,330483," + HASH + "\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 3").hasMessageContaining("unknown role CITIZEN");
    }

    @Test
    void shouldRefuseAClearPasswordWithoutEchoingIt() {
        assertThatThrownBy(() -> parse(HEADER + "a,甲,ADMIN,,330400,TopSecret-42\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2").hasMessageContaining("encoded")
                .hasMessageNotContaining("TopSecret-42");
    }

    @Test
    void shouldRefuseABadJurisdictionAWrongFieldCountAndAWrongHeader() {
        assertThatThrownBy(() -> parse(HEADER + "a,甲,ADMIN,,33048," + HASH + "\n"))
                .hasMessageContaining("line 2").hasMessageContaining("division code");
        assertThatThrownBy(() -> parse(HEADER + "a,甲,ADMIN,330400," + HASH + "\n"))
                .hasMessageContaining("line 2").hasMessageContaining("6 fields expected, found 5");
        assertThatThrownBy(() -> parse("id,name,roles,unit,jurisdiction,password\n"))
                .hasMessageContaining("header must be");
        assertThatThrownBy(() -> parse("# nothing\n")).hasMessageContaining("no header");
    }

    @Test
    void shouldRefuseTheSameIdTwice() {
        List<StaffMember> staff = parse(HEADER + "a,甲,ADMIN,,330400," + HASH + "\na,乙,ADMIN,,330400," + HASH + "\n");

        assertThatThrownBy(() -> new InMemoryStaffMembers(staff)).hasMessageContaining("user id a appears twice");
    }

    @Test
    void shouldFindStaffById() {
        InMemoryStaffMembers staff = new InMemoryStaffMembers(demoStaff());

        assertThat(staff.byId("admin")).get().extracting(StaffMember::roles).isEqualTo(Set.of(Role.ADMIN));
        assertThat(staff.byId("nobody")).isEmpty();
        assertThat(staff.byId(null)).isEmpty();
        assertThat(staff.all()).hasSize(demoStaff().size());
    }

    @Test
    void shouldGiveSpringSecurityTheHashAndRoleAuthorities() {
        var users = new StaffUserDetailsService(new InMemoryStaffMembers(demoStaff()));

        var head = users.loadUserByUsername("head-330483-env");

        assertThat(head.getUsername()).isEqualTo("head-330483-env");
        assertThat(head.getPassword()).startsWith("{bcrypt}");
        assertThat(head.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_UNIT_HEAD");
        assertThatThrownBy(() -> users.loadUserByUsername("nobody"))
                .isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
    }
}
