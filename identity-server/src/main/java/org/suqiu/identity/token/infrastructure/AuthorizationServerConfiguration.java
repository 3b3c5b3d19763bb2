package org.suqiu.identity.token.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.suqiu.identity.IdentityProperties;
import org.suqiu.identity.staff.model.StaffClaims;
import org.suqiu.identity.staff.model.StaffMembers;
import org.suqiu.identity.token.application.PasswordGrantAuthenticationProvider;
import org.suqiu.identity.token.application.PasswordGrantAuthenticationToken;
import org.suqiu.identity.token.application.StaffTokenCustomizer;
import org.suqiu.identity.token.web.PasswordGrantAuthenticationConverter;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * Wires Spring Authorization Server: the OAuth 2.0 and OIDC endpoints, the two clients, the persistent signing
 * key, the staff claims, and the password grant beside the authorization-code flow.
 */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerConfiguration {

    /** The scope of the Suqiu APIs; services authorize on roles, the scope only says "for Suqiu". */
    public static final String API_SCOPE = "suqiu";

    private static final List<String> SCOPES = List.of(OidcScopes.OPENID, OidcScopes.PROFILE, API_SCOPE);
    private static final List<String> CLAIMS = List.of("iss", "sub", "aud", "exp", "iat", "scope",
            StaffClaims.NAME, StaffClaims.ROLES, StaffClaims.UNIT_ID, StaffClaims.JURISDICTION);

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http, OAuth2AuthorizationService authorizations,
                                                               OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator,
                                                               UserDetailsService users, PasswordEncoder passwordEncoder,
                                                               StaffMembers staff) {
        // not a bean: a lone AuthenticationProvider bean would replace the form login's user check
        PasswordGrantAuthenticationProvider passwordGrant = new PasswordGrantAuthenticationProvider(
                staffAuthentication(users, passwordEncoder), staff, authorizations, tokenGenerator);
        String password = PasswordGrantAuthenticationToken.PASSWORD.getValue();
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.authorizationService(authorizations)
                    .tokenGenerator(tokenGenerator)
                    .tokenEndpoint(token -> token
                            .accessTokenRequestConverter(new PasswordGrantAuthenticationConverter())
                            .authenticationProvider(passwordGrant))
                    .authorizationServerMetadataEndpoint(metadata -> metadata
                            .authorizationServerMetadataCustomizer(builder -> builder
                                    .grantType(password)
                                    .scopes(scopes -> addMissing(scopes, SCOPES))))
                    .oidc(oidc -> oidc.providerConfigurationEndpoint(provider -> provider
                            .providerConfigurationCustomizer(builder -> builder
                                    .grantType(password)
                                    .scopes(scopes -> addMissing(scopes, SCOPES))
                                    .claim("claims_supported", CLAIMS))));
        });
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated());
        http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        MediaTypeRequestMatcher browsers = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browsers.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.exceptionHandling(exceptions -> exceptions
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browsers));
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties properties, PasswordEncoder passwordEncoder) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
        RegisteredClient cli = RegisteredClient.withId(properties.cli().clientId())
                .clientId(properties.cli().clientId())
                .clientName("Suqiu command line (./suqiu token, curl)")
                .clientSecret(passwordEncoder.encode(properties.cli().secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(PasswordGrantAuthenticationToken.PASSWORD)
                .scope(API_SCOPE)
                .tokenSettings(tokens)
                .build();
        RegisteredClient console = RegisteredClient.withId(properties.console().clientId())
                .clientId(properties.console().clientId())
                .clientName("Suqiu consoles (browser)")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(properties.console().redirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(API_SCOPE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens)
                .build();
        List<RegisteredClient> clients = new ArrayList<>(List.of(cli, console));
        properties.services().forEach(service -> clients.add(RegisteredClient.withId(service.clientId())
                .clientId(service.clientId())
                .clientName("Suqiu service " + service.clientId())
                .clientSecret(passwordEncoder.encode(service.secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(service.scopes()))
                .tokenSettings(tokens)
                .build()));
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (properties.fixedIssuer() != null) {
            settings.issuer(properties.fixedIssuer());
        }
        return settings.build();
    }

    @Bean
    RSAKey signingKey(IdentityProperties properties) {
        return SigningKeyFile.loadOrCreate(properties.keyStoreDir());
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    /** Checks bearer tokens at the OIDC UserInfo endpoint. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    @Bean
    OAuth2AuthorizationService authorizationService() {
        return new InMemoryOAuth2AuthorizationService();
    }

    @Bean
    StaffTokenCustomizer staffTokenCustomizer(StaffMembers staff, IdentityProperties properties) {
        return new StaffTokenCustomizer(staff, properties.audience());
    }

    @Bean
    OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator(JWKSource<SecurityContext> jwkSource,
                                                                StaffTokenCustomizer staffClaims) {
        JwtGenerator jwt = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
        jwt.setJwtCustomizer(staffClaims);
        return new DelegatingOAuth2TokenGenerator(jwt, new OAuth2AccessTokenGenerator(), new OAuth2RefreshTokenGenerator());
    }

    private static void addMissing(List<String> list, List<String> values) {
        values.stream().filter(value -> !list.contains(value)).forEach(list::add);
    }

    private static ProviderManager staffAuthentication(UserDetailsService users, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(provider);
    }
}
