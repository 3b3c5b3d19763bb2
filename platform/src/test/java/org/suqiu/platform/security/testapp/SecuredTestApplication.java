package org.suqiu.platform.security.testapp;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.suqiu.platform.security.CurrentStaff;
import org.suqiu.platform.security.Role;
import org.suqiu.platform.security.StaffMember;

import reactor.core.publisher.Mono;

/** A minimal WebFlux service on the platform, as the four services will be once wired. */
@SpringBootApplication
public class SecuredTestApplication {

    /** Handlers that show what a service sees of its caller. */
    @RestController
    static class StaffController {

        @GetMapping("/api/me")
        Mono<Map<String, Object>> me(StaffMember staff) {
            return Mono.just(describe(staff));
        }

        @GetMapping("/api/me/current")
        Mono<Map<String, Object>> current() {
            return CurrentStaff.get().map(StaffController::describe).defaultIfEmpty(Map.of("staff", "none"));
        }

        @GetMapping("/api/supervision")
        @PreAuthorize("hasRole('SUPERVISOR')")
        Mono<Map<String, Object>> supervision() {
            return Mono.just(Map.of("overview", "督办"));
        }

        @GetMapping("/api/supervision/by-helper")
        Mono<Map<String, Object>> supervisionByHelper() {
            return CurrentStaff.requireAnyRole(Role.SUPERVISOR).map(staff -> Map.of("overview", "督办", "for", staff.subject()));
        }

        @PostMapping("/api/notes")
        Mono<Map<String, Object>> note(@RequestBody Map<String, Object> note) {
            return Mono.just(Map.of("stored", note.get("text")));
        }

        @GetMapping("/open/ping")
        Mono<Map<String, Object>> ping() {
            return Mono.just(Map.of("pong", true));
        }

        private static Map<String, Object> describe(StaffMember staff) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("subject", staff.subject());
            fields.put("name", staff.name());
            fields.put("roles", staff.roles().stream().map(Role::name).sorted().toList());
            fields.put("unitId", staff.unitId());
            fields.put("jurisdiction", staff.jurisdiction() == null ? null : staff.jurisdiction().code());
            return fields;
        }
    }
}
