package org.suqiu.platform.security;

import java.util.Arrays;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;

import reactor.core.publisher.Mono;

/**
 * The staff member of the current request, for WebFlux handlers and the use cases they call
 * (read from the Reactor context, so only inside the request's chain). With security off there is
 * none: {@link #get()} is empty and {@link #required()} answers 401.
 */
public final class CurrentStaff {

    private CurrentStaff() {
    }

    /** The staff member, or empty for a request without one. */
    public static Mono<StaffMember> get() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(StaffAuthentication.class::isInstance)
                .map(authentication -> ((StaffAuthentication) authentication).staff());
    }

    /** The staff member; a request without one fails with 401 problem+json. */
    public static Mono<StaffMember> required() {
        return get().switchIfEmpty(Mono.error(() -> new AccessDeniedException("No authenticated staff member")));
    }

    /** The staff member if they hold at least one of {@code roles}; otherwise 403 problem+json (401 without one). */
    public static Mono<StaffMember> requireAnyRole(Role... roles) {
        return required().flatMap(staff -> staff.hasAnyRole(roles) ? Mono.just(staff)
                : Mono.error(new AccessDeniedException("Needs one of " + Arrays.toString(roles))));
    }
}
