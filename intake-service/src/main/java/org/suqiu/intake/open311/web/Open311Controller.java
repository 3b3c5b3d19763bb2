package org.suqiu.intake.open311.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import org.suqiu.intake.open311.application.Open311Problem;
import org.suqiu.intake.open311.application.ReportingServiceRequests;
import org.suqiu.intake.open311.application.ReportingServiceRequests.NewRequest;
import org.suqiu.intake.open311.application.ReportingServiceRequests.RequestStatus;
import org.suqiu.intake.open311.infrastructure.Open311Properties;
import org.suqiu.intake.open311.model.OpenService;
import org.suqiu.intake.open311.model.ServiceAttribute;
import org.suqiu.intake.tracking.model.Tracking;
import org.suqiu.intake.tracking.model.TrackingStatus;

import reactor.core.publisher.Mono;

/**
 * Open311 GeoReport v2 at {@code /open311/v2} (public): discovery, services, service definitions,
 * {@code POST requests} (form-urlencoded, with an {@code api_key}), {@code GET requests} and
 * {@code GET requests/{id}}, each in {@code .json} or {@code .xml}; errors as the spec's
 * {@code [{code, description}]} with 400 (missing or invalid), 403 (api_key) and 404 (not found,
 * unknown jurisdiction_id or format).
 */
@RestController
@RequestMapping("/open311/v2")
public class Open311Controller {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** When the service list last changed (the taxonomy copy). */
    static final Instant CHANGESET = Instant.parse("2026-11-22T00:00:00Z");

    private final ReportingServiceRequests reporting;
    private final Open311Properties properties;

    public Open311Controller(ReportingServiceRequests reporting, Open311Properties properties) {
        this.reporting = reporting;
        this.properties = properties;
    }

    @GetMapping("/discovery.{format}")
    public ResponseEntity<byte[]> discovery(@PathVariable String format, ServerWebExchange exchange) {
        Open311Format as = format(format);
        String url = UriComponentsBuilder.fromUri(exchange.getRequest().getURI()).replacePath("/open311/v2/")
                .replaceQuery(null).build().toUriString();
        return as.one(HttpStatus.OK, new Open311Documents.Discovery(CHANGESET, properties.contact(), properties.keyService(),
                List.of(new Open311Documents.Endpoint(SPECIFICATION, url, CHANGESET, "production",
                        List.of("text/xml", "application/json")))));
    }

    @GetMapping("/services.{format}")
    public ResponseEntity<byte[]> services(@PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        Open311Format as = format(format);
        jurisdiction(jurisdictionId);
        List<Open311Documents.Service> services = reporting.catalog().services().stream()
                .map(service -> new Open311Documents.Service(service.code(), service.name(), service.path(),
                        service.hasAttributes(), "realtime", service.subgroup(), service.group()))
                .toList();
        return as.list(HttpStatus.OK, services, Open311Documents.Services::new);
    }

    @GetMapping("/services/{code}.{format}")
    public ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        Open311Format as = format(format);
        jurisdiction(jurisdictionId);
        OpenService service = reporting.catalog().find(code)
                .filter(OpenService::hasAttributes)
                .orElseThrow(() -> Open311Problem.notFound("service_code " + code + " has no service definition"));
        List<Open311Documents.Attribute> attributes = service.attributes().stream()
                .map(Open311Controller::attribute)
                .toList();
        return as.one(HttpStatus.OK, new Open311Documents.ServiceDefinition(service.code(), attributes));
    }

    @PostMapping("/requests.{format}")
    public Mono<ResponseEntity<byte[]>> report(@PathVariable String format, ServerWebExchange exchange) {
        Open311Format as = format(format);
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            return Mono.just(as.error(HttpStatus.BAD_REQUEST, "the body must be application/x-www-form-urlencoded"));
        }
        return exchange.getFormData().flatMap(form -> {
            String key = first(form, "api_key");
            if (key == null) {
                throw new Open311Problem(403, "api_key is required");
            }
            if (!properties.apiKeys().contains(key)) {
                throw new Open311Problem(403, "api_key is not valid");
            }
            String jurisdictionId = jurisdiction(first(form, "jurisdiction_id"));
            NewRequest request = new NewRequest(first(form, "service_code"), decimal(form, "lat"), decimal(form, "long"),
                    first(form, "address_string"), first(form, "address_id"), first(form, "email"),
                    first(form, "device_id"), first(form, "account_id"), first(form, "first_name"),
                    first(form, "last_name"), first(form, "phone"), first(form, "description"), first(form, "media_url"),
                    attributes(form), jurisdictionId);
            return reporting.report(request).map(receipt -> as.list(HttpStatus.CREATED,
                    List.of(new Open311Documents.Created(receipt.serviceRequestId(), receipt.serviceNotice(), receipt.accountId())),
                    Open311Documents.CreatedList::new));
        });
    }

    @GetMapping("/requests.{format}")
    public Mono<ResponseEntity<byte[]>> requests(@PathVariable String format,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String codes,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        Open311Format as = format(format);
        String jurisdiction = jurisdiction(jurisdictionId);
        return reporting.find(list(ids, true), list(codes, false), date(startDate, "start_date"), date(endDate, "end_date"),
                        status == null || status.isBlank() ? null : status.strip().toLowerCase(java.util.Locale.ROOT), jurisdiction)
                .map(Open311Controller::request)
                .collectList()
                .map(found -> as.list(HttpStatus.OK, found, Open311Documents.Requests::new));
    }

    @GetMapping("/requests/{id}.{format}")
    public Mono<ResponseEntity<byte[]>> request(@PathVariable String id, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        Open311Format as = format(format);
        return reporting.find(id, jurisdiction(jurisdictionId))
                .map(found -> as.list(HttpStatus.OK, List.of(request(found)), Open311Documents.Requests::new))
                .switchIfEmpty(Mono.error(() -> Open311Problem.notFound("service_request_id " + id + " was not found")));
    }

    @ExceptionHandler(Open311Problem.class)
    ResponseEntity<byte[]> problem(Open311Problem problem, ServerWebExchange exchange) {
        return Open311Format.ofPath(exchange.getRequest().getPath().value())
                .error(HttpStatus.valueOf(problem.status()), problem.getMessage());
    }

    private static Open311Format format(String extension) {
        return Open311Format.of(extension).orElseThrow(() -> Open311Problem.notFound("format ." + extension
                + " is not offered: use .json or .xml"));
    }

    /** The jurisdiction asked for, if it is one of ours; an unknown one is a 404. */
    private String jurisdiction(String jurisdictionId) {
        if (jurisdictionId == null || jurisdictionId.isBlank()) {
            return null;
        }
        if (!properties.jurisdictionIds().contains(jurisdictionId.strip())) {
            throw Open311Problem.notFound("jurisdiction_id " + jurisdictionId + " is not served here");
        }
        return jurisdictionId.strip();
    }

    private static Open311Documents.Attribute attribute(ServiceAttribute attribute) {
        return new Open311Documents.Attribute(true, attribute.code(), attribute.datatype(), attribute.required(), null,
                attribute.order(), attribute.description(),
                attribute.values().stream().map(value -> new Open311Documents.Value(value.key(), value.name())).toList());
    }

    /** What anyone may read of a request: its state, the unit, the dates, where — nothing of the reporter. */
    private static Open311Documents.Request request(RequestStatus found) {
        Tracking tracking = found.tracking();
        OpenService service = found.service();
        return new Open311Documents.Request(found.request().serviceRequestId(), ReportingServiceRequests.openOrClosed(tracking),
                statusNotes(tracking), service == null ? null : service.name(), found.request().serviceCode(), null,
                tracking.unit() == null ? null : tracking.unit().name(), null, found.request().requestedAt(),
                tracking.updatedAt(), tracking.expectedBy(), found.request().maskedAddress(), null, null,
                found.request().lat(), found.request().lng(), found.request().mediaUrl());
    }

    /** The answer (答复) once there is one, else the status as the citizen's tracking shows it. */
    private static String statusNotes(Tracking tracking) {
        if (tracking.answer() != null && (tracking.status() == TrackingStatus.RESOLVED || tracking.status() == TrackingStatus.CLOSED)) {
            return tracking.answer();
        }
        return tracking.status().label() + " (" + tracking.status().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    private static String first(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Double decimal(MultiValueMap<String, String> form, String name) {
        String value = first(form, name);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw Open311Problem.badRequest(name + " is not a number");
        }
    }

    /** {@code attribute[code]=value} and {@code attribute[code][]=value} by code. */
    private static Map<String, List<String>> attributes(MultiValueMap<String, String> form) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("attribute[") && name.indexOf(']') > "attribute[".length()) {
                String code = name.substring("attribute[".length(), name.indexOf(']'));
                answers.computeIfAbsent(code, c -> new java.util.ArrayList<>()).addAll(values);
            }
        });
        return answers;
    }

    private static List<String> list(String commaSeparated, boolean upperCase) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(value -> !value.isEmpty())
                .map(value -> upperCase ? value.toUpperCase(java.util.Locale.ROOT) : value.toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    /** A w3c date-time with its zone, as the spec asks. */
    private static Instant date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw Open311Problem.badRequest(name + " must be an ISO 8601 date-time with a zone, e.g. 2026-11-22T08:00:00+08:00");
        }
    }
}
