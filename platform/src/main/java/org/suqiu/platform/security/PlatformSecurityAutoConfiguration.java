package org.suqiu.platform.security;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.suqiu.platform.PlatformAutoConfiguration;
import org.suqiu.platform.security.audit.AuditTrail;
import org.suqiu.platform.security.crypto.EventSeal;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.reactivestreams.client.MongoClient;

import reactor.core.publisher.Mono;

/**
 * The security foundation, OFF until a service sets {@code suqiu.security.enabled=true}.
 * <ul>
 * <li>Off (the default): a permit-all filter chain, so putting Spring Security on the classpath
 * changes nothing: no token asked for or read, no CSRF, no login page, no generated password.</li>
 * <li>On: an OAuth2 resource server accepting only JWTs signed by the issuer at
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (keys found by OIDC discovery, or at
 * {@code jwk-set-uri} when set), with that {@code iss}, the audience {@code suqiu.security.audience}
 * and the {@link StaffClaims} contract; the principal is a {@link StaffMember}, roles are
 * {@code ROLE_<role>} authorities, {@code @PreAuthorize} works on handlers, and every path but
 * actuator health and {@code suqiu.security.public-paths} needs a token. Refusals are problem+json
 * ({@link SecurityProblems}).</li>
 * </ul>
 * Independent of the switch: {@link FieldCipher} when {@code suqiu.security.encryption.current-key}
 * is set, {@link EventSeal} when {@code suqiu.security.event-encryption.current-key} is set, {@link AuditTrail} when the service has a MongoDB client, and the {@link StaffMember}
 * handler argument.
 */
@AutoConfiguration(
        after = PlatformAutoConfiguration.class,
        afterName = "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration",
        beforeName = {
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration"})
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("suqiu.security.encryption.current-key")
    FieldCipher fieldCipher(PlatformSecurityProperties properties) {
        PlatformSecurityProperties.Encryption encryption = properties.encryption();
        return FieldCipher.fromBase64(encryption.keys(), encryption.currentKey(), encryption.lookupKey());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("suqiu.security.event-encryption.current-key")
    EventSeal eventSeal(PlatformSecurityProperties properties) {
        PlatformSecurityProperties.Encryption keys = properties.eventEncryption();
        return new EventSeal(FieldCipher.fromBase64(keys.keys(), keys.currentKey(), null));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({MongoClient.class, MongoProperties.class})
    AuditTrail auditTrail(MongoClient client, MongoProperties mongo, ObjectProvider<Clock> clock) {
        return new AuditTrail(client.getDatabase(mongo.getMongoClientDatabase()), clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * The decoder of Suqiu access tokens: signature by the issuer's keys, then {@code iss},
     * {@code aud}, {@code exp}/{@code nbf} (60 s skew), {@code typ} (JWT or at+jwt when present) and
     * the claims contract. Keys are fetched on first use, not at start-up, so a service may start
     * before its issuer.
     */
    public static ReactiveJwtDecoder jwtDecoder(String issuerUri, String jwkSetUri, String audience) {
        if (issuerUri == null || issuerUri.isBlank()) {
            throw new IllegalStateException("suqiu.security.enabled=true needs " + ISSUER_URI
                    + " (the OIDC issuer whose tokens this service accepts)");
        }
        if (audience == null || audience.isBlank()) {
            throw new IllegalStateException("suqiu.security.audience must not be blank");
        }
        URI.create(issuerUri);
        JwtTypeValidator type = new JwtTypeValidator("JWT", "at+jwt");
        type.setAllowEmpty(true);
        // Token lifetimes are real time: a service's injectable Clock may be fixed in its tests.
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(), new JwtIssuerValidator(issuerUri), new JwtAudienceValidator(audience), type,
                new StaffClaims()));
        ReactiveJwtDecoder lazy = new SupplierReactiveJwtDecoder(() -> {
            NimbusReactiveJwtDecoder decoder = jwkSetUri == null || jwkSetUri.isBlank()
                    ? NimbusReactiveJwtDecoder.withIssuerLocation(issuerUri).build()
                    : NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
        // An unreachable issuer is not the caller's fault: a JwtException that is not a BadJwtException becomes 503.
        return token -> lazy.decode(token)
                .onErrorMap(JwtDecoderInitializationException.class, e -> new JwtException("Cannot reach the issuer " + issuerUri, e));
    }

    /** Web parts: the problem+json refusals, the {@link StaffMember} argument and one of the two filter chains. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    @ConditionalOnClass({EnableWebFluxSecurity.class, ReactiveJwtDecoder.class})
    @EnableWebFluxSecurity
    static class WebSecurityConfiguration {

        @Bean
        @ConditionalOnMissingBean
        SecurityProblems securityProblems(ObjectProvider<ServerCodecConfigurer> codecs) {
            return new SecurityProblems(codecs.getIfAvailable(ServerCodecConfigurer::create));
        }

        @Bean
        WebFluxConfigurer staffMemberArgument() {
            return new WebFluxConfigurer() {
                @Override
                public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
                    configurer.addCustomResolver(new StaffMemberArgumentResolver());
                }
            };
        }

        /** {@code suqiu.security.enabled=true}: tokens required. */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnProperty(name = "suqiu.security.enabled", havingValue = "true")
        @EnableReactiveMethodSecurity
        static class Enabled {

            @Bean
            @ConditionalOnMissingBean
            ReactiveJwtDecoder jwtDecoder(Environment environment, PlatformSecurityProperties properties) {
                return PlatformSecurityAutoConfiguration.jwtDecoder(environment.getProperty(ISSUER_URI),
                        environment.getProperty(JWK_SET_URI), properties.audience());
            }

            @Bean
            @Order(Ordered.LOWEST_PRECEDENCE)
            SecurityWebFilterChain suqiuSecurityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
                                                                PlatformSecurityProperties properties, SecurityProblems problems) {
                ServerWebExchangeMatcher open = PublicPaths.matcher(properties.publicPaths());
                ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
                // A public path does not read the Authorization header at all: a stale token must not turn it into a 401.
                ServerAuthenticationConverter tokens = exchange -> open.matches(exchange)
                        .flatMap(match -> match.isMatch() ? Mono.empty() : bearer.convert(exchange));
                return stateless(http)
                        .authorizeExchange(exchanges -> exchanges.matchers(open).permitAll().anyExchange().authenticated())
                        .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                        .oauth2ResourceServer(server -> server
                                .bearerTokenConverter(tokens)
                                .authenticationEntryPoint(problems)
                                .accessDeniedHandler(problems)
                                .authenticationFailureHandler((filterExchange, failure) -> problems.commence(filterExchange.getExchange(), failure))
                                .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(new StaffClaims())))
                        .build();
            }
        }

        /** Security off (the default): every request passes, as before Spring Security was on the classpath. */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnProperty(name = "suqiu.security.enabled", havingValue = "false", matchIfMissing = true)
        static class Disabled {

            @Bean
            @Order(Ordered.LOWEST_PRECEDENCE)
            SecurityWebFilterChain suqiuSecurityWebFilterChain(ServerHttpSecurity http, SecurityProblems problems) {
                return stateless(http)
                        .headers(ServerHttpSecurity.HeaderSpec::disable)
                        .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                        .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                        .build();
            }
        }

        private static ServerHttpSecurity stateless(ServerHttpSecurity http) {
            return http
                    .csrf(ServerHttpSecurity.CsrfSpec::disable)
                    .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                    .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                    .logout(ServerHttpSecurity.LogoutSpec::disable)
                    .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                    .securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        }
    }
}
