package org.suqiu.notification.alert.web;

import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
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

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The supervisors' inbox over HTTP: list and read alerts, acknowledge one (签阅), and follow new
 * ones live as server-sent events.
 */
@RestController
@RequestMapping("/api/alerts")
public class AlertsController {

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
    public Flux<AlertResponse> list(@Validated @ModelAttribute AlertSearch search) {
        return readingAlerts.find(search.criteria()).map(AlertResponse::of);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<AlertResponse> get(@PathVariable String id) {
        return readingAlerts.byId(id)
                .map(AlertResponse::of)
                .switchIfEmpty(Mono.error(() -> new AlertNotFoundException(id)));
    }

    @PostMapping(path = "/{id}/acknowledge", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<AlertResponse> acknowledge(@PathVariable String id, @Validated @RequestBody AcknowledgeRequest request) {
        return acknowledgingAlert.acknowledge(id, request.by().strip())
                .map(AlertResponse::of)
                .switchIfEmpty(Mono.error(() -> new AlertNotFoundException(id)));
    }

    /**
     * New alerts as they are raised ({@code id} = alert id, {@code event} = kind, {@code data} = the
     * alert), filtered by {@code jurisdiction}, {@code recipient} and {@code kind}. The stream opens
     * with a {@code connected} comment, sent once the listener is registered, then a heartbeat comment
     * at every interval; it ends when the live feed ends (the service stops).
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<AlertResponse>> stream(@Validated @ModelAttribute AlertSearch search) {
        return Flux.defer(() -> {
            Sinks.Empty<Void> ended = Sinks.empty();
            Flux<ServerSentEvent<AlertResponse>> alerts = readingAlerts.live(search.criteria())
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
