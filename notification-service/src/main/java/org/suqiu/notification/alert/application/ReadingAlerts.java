package org.suqiu.notification.alert.application;

import org.suqiu.notification.alert.model.Alert;
import org.suqiu.notification.alert.model.AlertAudit;
import org.suqiu.notification.alert.model.AlertCriteria;
import org.suqiu.notification.alert.model.AlertFeed;
import org.suqiu.notification.alert.model.Alerts;
import org.suqiu.notification.alert.model.AlertScope;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.platform.security.audit.AuditTrail;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What staff read: the inbox, one alert, its audit trail (留痕) and new alerts as they are raised —
 * always within what the reader may see ({@link AlertAccess}); an alert out of scope is as missing.
 */
public class ReadingAlerts {

    private final Alerts alerts;
    private final AlertFeed feed;
    private final AuditTrail auditTrail;

    public ReadingAlerts(Alerts alerts, AlertFeed feed, AuditTrail auditTrail) {
        this.alerts = alerts;
        this.feed = feed;
        this.auditTrail = auditTrail;
    }

    public Flux<Alert> find(AlertCriteria criteria, StaffMember reader) {
        return alerts.find(criteria, AlertAccess.readable(reader));
    }

    public Mono<Alert> byId(String id, StaffMember reader) {
        return alerts.byId(id, AlertAccess.readable(reader));
    }

    /** The alert's audit trail, oldest first, or empty when the reader may not see the alert. */
    public Mono<Flux<AuditEntry>> trail(String id, StaffMember reader) {
        return byId(id, reader).map(alert -> auditTrail.ofResource(AlertAudit.RESOURCE, alert.id()));
    }

    /**
     * Alerts raised from now on that the reader may see and that match {@code criteria} (its limit
     * does not apply to a live feed).
     */
    public Flux<Alert> live(AlertCriteria criteria, StaffMember reader) {
        AlertScope scope = AlertAccess.readable(reader);
        return feed.live().filter(scope::covers).filter(criteria::matches);
    }
}
