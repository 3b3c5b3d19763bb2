package org.suqiu.identity.token.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.suqiu.identity.staff.infrastructure.InMemoryStaffMembers;
import org.suqiu.identity.staff.model.JurisdictionCode;
import org.suqiu.identity.staff.model.Role;
import org.suqiu.identity.staff.model.StaffMember;

class StaffTokenCustomizerTest {

    private static final String HASH = "{bcrypt}$2a$10$abcdefghijklmnopqrstuv";
    private static final RegisteredClient CLI = RegisteredClient.withId("suqiu-cli").clientId("suqiu-cli")
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build();

    private final StaffTokenCustomizer customizer = new StaffTokenCustomizer(new InMemoryStaffMembers(List.of(
            new StaffMember("h-330483-env", "桐乡分局承办人", Set.of(Role.HANDLER), "330483-env",
                    JurisdictionCode.of("330483"), HASH),
            new StaffMember("sup-330483", "桐乡市督查室", Set.of(Role.SUPERVISOR), null,
                    JurisdictionCode.of("330483"), HASH))), "suqiu");

    private static JwtClaimsSet customized(StaffTokenCustomizer customizer, Authentication principal, OAuth2TokenType type) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().subject(principal.getName()).audience(List.of("suqiu-cli"));
        customizer.customize(JwtEncodingContext.with(JwsHeader.with(SignatureAlgorithm.RS256), claims)
                .registeredClient(CLI).principal(principal).tokenType(type).build());
        return claims.build();
    }

    private static Authentication user(String id) {
        return UsernamePasswordAuthenticationToken.authenticated(id, null, List.of());
    }

    @Test
    void shouldPutTheStaffClaimsAndTheServicesAudienceIntoAnAccessToken() {
        JwtClaimsSet claims = customized(customizer, user("h-330483-env"), OAuth2TokenType.ACCESS_TOKEN);

        assertThat(claims.getSubject()).isEqualTo("h-330483-env");
        assertThat(claims.getAudience()).containsExactly("suqiu");
        assertThat(claims.getClaims()).containsEntry("roles", List.of("HANDLER"))
                .containsEntry("unit_id", "330483-env").containsEntry("jurisdiction", "330483")
                .containsEntry("name", "桐乡分局承办人");
    }

    @Test
    void shouldLeaveTheClientAsAudienceOfAnIdToken() {
        JwtClaimsSet claims = customized(customizer, user("sup-330483"),
                new OAuth2TokenType(OidcParameterNames.ID_TOKEN));

        assertThat(claims.getAudience()).containsExactly("suqiu-cli");
        assertThat(claims.getClaims()).containsEntry("roles", List.of("SUPERVISOR")).doesNotContainKey("unit_id");
    }

    @Test
    void shouldAddNothingToAClientActingForItself() {
        var client = new OAuth2ClientAuthenticationToken(CLI, ClientAuthenticationMethod.CLIENT_SECRET_BASIC, null);

        JwtClaimsSet claims = customized(customizer, client, OAuth2TokenType.ACCESS_TOKEN);

        assertThat(claims.getClaims()).doesNotContainKeys("roles", "jurisdiction", "name");
    }

    @Test
    void shouldRefuseATokenForSomeoneNoLongerOnTheStaff() {
        assertThatThrownBy(() -> customized(customizer, user("gone"), OAuth2TokenType.ACCESS_TOKEN))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .satisfies(e -> assertThat(((OAuth2AuthenticationException) e).getError().getErrorCode())
                        .isEqualTo("invalid_grant"));
    }
}
