package org.suqiu.notification.alert.web;

import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.suqiu.notification.alert.application.AcknowledgingAlert;
import org.suqiu.notification.alert.application.ReadingAlerts;
import org.suqiu.notification.alert.infrastructure.AlertsProperties;
import org.suqiu.platform.security.StaffMember;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The supervisors' inbox over HTTP: list and read alerts, acknowledge one (签阅), read its audit
 * trail, and follow new ones live as server-sent events. Every call needs a bearer token; a role
 * that may never use an endpoint gets 403, an alert outside the caller's scope answers 404 like a
 * missing one (the scope is part of every query, see {@code AlertAccess}).
 */
@RestController
@RequestMapping("/api/alerts")
public class AlertsController {

    static final String READERS = "hasAnyRole('SUPERVISOR', 'DISPATCHER', 'ADMIN', 'UNIT_HEAD', 'HANDLER', 'MEDIATOR')";
    static final String ACKNOWLEDGERS = "hasAnyRole('SUPERVISOR', 'UNIT_HEAD')";
    private static final Duration CLIENT_RETRY = Duration.ofSeconds(5);

    private final ReadingAlerts readingAlerts;
    private final AcknowledgingAlert acknowledgingAlert;
    private final Duration heartbeat;

    public AlertsController(ReadingAlerts readingAlerts, AcknowledgingAlert acknowledgingAlert, AlertsProperties properties) {
        this.readingAlerts = readingAlerts;
        this.acknowledgingAlert = acknowledgingAlert;
        this.heartbeat = properties.heartbeat();
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(READERS)
    public Flux<AlertResponse> list(@Validated @ModelAttribute AlertSearch search, StaffMember staff) {
        return readingAlerts.find(search.criteria(), staff).map(AlertResponse::of);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(READERS)
    public Mono<AlertResponse> get(@PathVariable String id, StaffMember staff) {
        return readingAlerts.byId(id, staff)
                .map(AlertResponse::of)
                .switchIfEmpty(Mono.error(() -> new AlertNotFoundException(id)));
    }

    /** The alert's audit trail, oldest first; 404 when the caller may not see the alert. */
    @GetMapping(path = "/{id}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(READERS)
    public Flux<AuditEntryResponse> audit(@PathVariable String id, StaffMember staff) {
        return readingAlerts.trail(id, staff)
                .switchIfEmpty(Mono.error(() -> new AlertNotFoundException(id)))
                .flatMapMany(entries -> entries.map(AuditEntryResponse::of));
    }

    /** 签阅 by the token's subject; the body (a {@code note}) is optional. */
    @PostMapping(path = "/{id}/acknowledge", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ACKNOWLEDGERS)
    public Mono<AlertResponse> acknowledge(@PathVariable String id,
            @Validated @RequestBody(required = false) AcknowledgeRequest request, StaffMember staff) {
        AcknowledgeRequest body = request == null ? AcknowledgeRequest.NONE : request;
        return acknowledgingAlert.acknowledge(id, staff, body.noteOrNull())
                .map(AlertResponse::of)
                .switchIfEmpty(Mono.error(() -> new AlertNotFoundException(id)));
    }

    /**
     * New alerts as they are raised ({@code id} = alert id, {@code event} = kind, {@code data} = the
     * alert), filtered by {@code jurisdiction}, {@code recipient} and {@code kind}. The stream opens
     * with a {@code connected} comment, sent once the listener is registered, then a heartbeat comment
     * at every interval; it ends when the live feed ends (the service stops). Only alerts the caller may
     * see are ever pushed; the filters narrow that, never widen it.
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize(READERS)
    public Flux<ServerSentEvent<AlertResponse>> stream(@Validated @ModelAttribute AlertSearch search, StaffMember staff) {
        return Flux.defer(() -> {
            Sinks.Empty<Void> ended = Sinks.empty();
            Flux<ServerSentEvent<AlertResponse>> alerts = readingAlerts.live(search.criteria(), staff)
                    .map(alert -> ServerSentEvent.builder(AlertResponse.of(alert))
                            .id(alert.id())
                            .event(alert.kind().name())
                            .build())
                    .doOnTerminate(ended::tryEmitEmpty);
            Flux<ServerSentEvent<AlertResponse>> connected = Flux.just(
                    ServerSentEvent.<AlertResponse>builder().comment("connected").retry(CLIENT_RETRY).build());
            Flux<ServerSentEvent<AlertResponse>> heartbeats = Flux.interval(heartbeat, heartbeat)
                    .map(tick -> ServerSentEvent.<AlertResponse>builder().comment("heartbeat").build())
                    .takeUntilOther(ended.asMono());
            // merge subscribes in order: the live feed is registered before "connected" goes out.
            return Flux.merge(alerts, connected, heartbeats);
        });
    }
}
