package org.suqiu.identity.token.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.suqiu.identity.token.application.PasswordGrantAuthenticationToken;

class PasswordGrantAuthenticationConverterTest {

    private final PasswordGrantAuthenticationConverter converter = new PasswordGrantAuthenticationConverter();

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    private static MockHttpServletRequest tokenRequest(String... nameValues) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/oauth2/token");
        for (int i = 0; i < nameValues.length; i += 2) {
            request.addParameter(nameValues[i], nameValues[i + 1]);
        }
        return request;
    }

    private static String errorOf(Throwable thrown) {
        return ((OAuth2AuthenticationException) thrown).getError().getErrorCode();
    }

    @Test
    void shouldLeaveOtherGrantsToTheirOwnConverters() {
        assertThat(converter.convert(tokenRequest("grant_type", "client_credentials"))).isNull();
        assertThat(converter.convert(tokenRequest())).isNull();
    }

    @Test
    void shouldReadUserPasswordScopesAndTheAuthenticatedClient() {
        var client = new TestingAuthenticationToken("suqiu-cli", null);
        SecurityContextHolder.getContext().setAuthentication(client);

        var grant = (PasswordGrantAuthenticationToken) converter.convert(tokenRequest("grant_type", "password",
                "username", "h-330483-env", "password", "suqiu-demo", "scope", " suqiu  profile ", "extra", "1"));

        assertThat(grant.getUsername()).isEqualTo("h-330483-env");
        assertThat(grant.getScopes()).containsExactlyInAnyOrder("suqiu", "profile");
        assertThat(grant.getPrincipal()).isSameAs(client);
        assertThat(grant.getAdditionalParameters()).containsOnlyKeys("extra");
        assertThat(grant.toString()).doesNotContain("suqiu-demo");
    }

    @Test
    void shouldAskForAMissingOrRepeatedParameter() {
        assertThatThrownBy(() -> converter.convert(tokenRequest("grant_type", "password", "username", "admin")))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo("invalid_request"))
                .hasMessageContaining("password");
        assertThatThrownBy(() -> converter.convert(tokenRequest("grant_type", "password", "username", "a",
                "username", "b", "password", "x")))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo("invalid_request"));
    }

    @Test
    void shouldRefuseCredentialsInTheUrl() {
        MockHttpServletRequest request = tokenRequest("grant_type", "password", "username", "admin", "password", "x");
        request.setQueryString("password=x");

        assertThatThrownBy(() -> converter.convert(request))
                .satisfies(e -> assertThat(errorOf(e)).isEqualTo("invalid_request"));
    }
}
