package org.suqiu.routing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * routing-service: decides which unit (承办单位) handles each grievance, by where it is (属地) and
 * what it is about (归口), and keeps the unit directory.
 */
@SpringBootApplication
public class RoutingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RoutingServiceApplication.class, args);
    }
}
