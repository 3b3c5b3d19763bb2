package org.suqiu.identity.staff.infrastructure;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.suqiu.identity.IdentityProperties;
import org.suqiu.identity.staff.model.StaffMembers;

/** Wires the staff directory: the file, the password encoder and Spring Security's view of the staff. */
@Configuration(proxyBeanMethods = false)
public class StaffConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StaffConfiguration.class);

    @Bean
    StaffMembers staffMembers(IdentityProperties properties, ResourceLoader resources) {
        Resource file = resources.getResource(properties.users());
        if (!file.exists()) {
            throw new IllegalStateException("staff file not found: " + properties.users());
        }
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            StaffMembers staff = new InMemoryStaffMembers(StaffFile.parse(reader, properties.users()));
            log.info("Loaded {} staff members from {}", staff.all().size(), properties.users());
            return staff;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + properties.users(), e);
        }
    }

    /** Delegating: the stored hash names its scheme ({bcrypt}), so hashes can be upgraded one by one. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(StaffMembers staff) {
        return new StaffUserDetailsService(staff);
    }
}
