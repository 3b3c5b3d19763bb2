package org.suqiu.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

class StaffClaimsTest {

    private final StaffClaims claims = new StaffClaims();

    @Test
    void shouldMapTheClaimsContractToAStaffMember() {
        Jwt jwt = jwt(b -> b.subject("u-1001").claim("name", "李四").claim("roles", List.of("HANDLER", "MEDIATOR"))
                .claim("unit_id", "unit-wuzhen").claim("jurisdiction", "330483102"));

        StaffMember staff = StaffClaims.staffMember(jwt);

        assertThat(staff.subject()).isEqualTo("u-1001");
        assertThat(staff.name()).isEqualTo("李四");
        assertThat(staff.roles()).containsExactlyInAnyOrder(Role.HANDLER, Role.MEDIATOR);
        assertThat(staff.unitId()).isEqualTo("unit-wuzhen");
        assertThat(staff.jurisdiction()).isEqualTo(JurisdictionScope.of("330483102"));
        assertThat(staff.belongsTo("unit-wuzhen")).isTrue();
        assertThat(staff.covers("330483102201")).isTrue();
        assertThat(staff.covers("330483106")).isFalse();
    }

    @Test
    void shouldTurnRolesIntoRoleAuthorities() {
        Jwt jwt = jwt(b -> b.subject("u-1").claim("roles", List.of("SUPERVISOR", "ADMIN")));

        StaffAuthentication authentication = (StaffAuthentication) claims.convert(jwt).block();

        assertThat(authentication.authorityNames()).containsExactlyInAnyOrder("ROLE_SUPERVISOR", "ROLE_ADMIN");
        assertThat(authentication.getPrincipal()).isEqualTo(authentication.staff());
        assertThat(authentication.getName()).isEqualTo("u-1");
        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getToken()).isSameAs(jwt);
    }

    @Test
    void shouldTurnAServiceTokensScopesIntoScopeAuthoritiesAndNoRole() {
        Jwt jwt = jwt(b -> b.subject("notification-service").claim("scope", "suqiu.internal openid"));

        StaffAuthentication authentication = (StaffAuthentication) claims.convert(jwt).block();

        assertThat(authentication.authorityNames()).containsExactlyInAnyOrder("SCOPE_suqiu.internal", "SCOPE_openid");
        assertThat(authentication.staff().roles()).isEmpty();
    }

    @Test
    void shouldReadScopesGivenAsAnArray() {
        Jwt jwt = jwt(b -> b.subject("u-1").claim("roles", List.of("HANDLER")).claim("scp", List.of("suqiu.api")));

        assertThat(((StaffAuthentication) claims.convert(jwt).block()).authorityNames())
                .containsExactlyInAnyOrder("ROLE_HANDLER", "SCOPE_suqiu.api");
    }

    @Test
    void shouldIgnoreRolesSuqiuDoesNotKnow() {
        Jwt jwt = jwt(b -> b.subject("u-1").claim("roles", List.of("HANDLER", "offline_access", "handler", "ROLE_ADMIN")));

        assertThat(claims.validate(jwt).hasErrors()).isFalse();
        assertThat(StaffClaims.staffMember(jwt).roles()).containsExactly(Role.HANDLER);
    }

    @Test
    void shouldAcceptATokenWithoutUnitJurisdictionNameOrRoles() {
        Jwt jwt = jwt(b -> b.subject("admin-1"));

        StaffMember staff = StaffClaims.staffMember(jwt);

        assertThat(claims.validate(jwt).hasErrors()).isFalse();
        assertThat(staff.roles()).isEmpty();
        assertThat(staff.name()).isEqualTo("admin-1");
        assertThat(staff.unit()).isEmpty();
        assertThat(staff.scope()).isEmpty();
        assertThat(staff.covers("330483")).isFalse();
    }

    @Test
    void shouldRefuseATokenBreakingTheContract() {
        assertThat(errors(jwt(b -> b.claim("roles", List.of("HANDLER"))))).contains("The sub claim is missing");
        assertThat(errors(jwt(b -> b.subject("u-1").claim("roles", "HANDLER")))).contains("The roles claim must be an array");
        assertThat(errors(jwt(b -> b.subject("u-1").claim("jurisdiction", "3304831")))).contains("The jurisdiction claim is not a division code");
        assertThat(errors(jwt(b -> b.subject("u-1").claim("jurisdiction", 330483)))).contains("The jurisdiction claim is not a division code");
        assertThat(errors(jwt(b -> b.subject("u-1").claim("unit_id", List.of("a", "b"))))).contains("The unit_id claim must be a string");
    }

    @Test
    void shouldAnswerRoleQuestions() {
        StaffMember staff = new StaffMember("u", "n", Set.of(Role.HANDLER), "unit", null);

        assertThat(staff.hasRole(Role.HANDLER)).isTrue();
        assertThat(staff.hasAnyRole(Role.SUPERVISOR, Role.HANDLER)).isTrue();
        assertThat(staff.hasAnyRole(Role.SUPERVISOR, Role.ADMIN)).isFalse();
        assertThat(Role.SUPERVISOR.authority()).isEqualTo("ROLE_SUPERVISOR");
    }

    private List<String> errors(Jwt jwt) {
        OAuth2TokenValidatorResult result = claims.validate(jwt);
        return result.getErrors().stream().map(OAuth2Error::getDescription).toList();
    }

    private static Jwt jwt(Consumer<Jwt.Builder> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256")
                .issuedAt(Instant.parse("2026-11-22T02:00:00Z")).expiresAt(Instant.parse("2026-11-22T02:10:00Z"));
        claims.accept(builder);
        return builder.build();
    }
}
