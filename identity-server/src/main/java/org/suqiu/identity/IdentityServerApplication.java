package org.suqiu.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The local stack's OIDC issuer: signs the staff's access tokens that every Suqiu service trusts. */
@SpringBootApplication
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityServerApplication.class, args);
    }
}
