package org.suqiu.notification.alert.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.suqiu.platform.web.Problems;

/** 404 problem {@code https://suqiu.org/problems/alert-not-found}. */
public class AlertNotFoundException extends ResponseStatusException {

    public AlertNotFoundException(String alertId) {
        super(HttpStatus.NOT_FOUND, "There is no alert " + alertId + ".");
        setType(URI.create(Problems.TYPE_BASE + "alert-not-found"));
        setTitle("Alert not found");
        setDetail("There is no alert " + alertId + ".");
    }
}
