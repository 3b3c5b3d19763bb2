package org.suqiu.mediation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** mediation-service: opens a case for every assigned grievance and follows it to the end against its deadlines. */
@SpringBootApplication
public class MediationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MediationServiceApplication.class, args);
    }
}
