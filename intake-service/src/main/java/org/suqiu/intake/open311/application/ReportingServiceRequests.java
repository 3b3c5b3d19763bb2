package org.suqiu.intake.open311.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.platform.security.Masking;
import org.suqiu.intake.open311.application.ServiceRequests.Reported;
import org.suqiu.intake.open311.model.OpenService;
import org.suqiu.intake.open311.model.ServiceAttribute;
import org.suqiu.intake.open311.model.ServiceCatalog;
import org.suqiu.intake.submission.application.AcceptingGrievance;
import org.suqiu.intake.submission.model.Contact;
import org.suqiu.intake.submission.model.GrievanceInput;
import org.suqiu.intake.submission.model.GrievanceText;
import org.suqiu.intake.tracking.application.Trackings;
import org.suqiu.intake.tracking.model.Tracking;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Open311 GeoReport v2 (网上报事): a report of a service becomes a WEB grievance through
 * {@link AcceptingGrievance}; its service request id is the tracking number. Reading requests
 * shows where each stands (from the tracking view), never the reporter's personal data.
 */
public class ReportingServiceRequests {

    /** GET requests without dates covers this many days back, and answers at most this many. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    public static final int MAX_RESULTS = 1000;

    private final ServiceCatalog catalog;
    private final AcceptingGrievance accepting;
    private final ServiceRequests requests;
    private final Trackings trackings;
    private final Clock clock;
    private final int maxTextLength;

    public ReportingServiceRequests(ServiceCatalog catalog, AcceptingGrievance accepting, ServiceRequests requests,
            Trackings trackings, Clock clock, int maxTextLength) {
        this.catalog = catalog;
        this.accepting = accepting;
        this.requests = requests;
        this.trackings = trackings;
        this.clock = clock;
        this.maxTextLength = maxTextLength;
    }

    /** What a reporter sends (all optional but the service and a location); attributes by code. */
    public record NewRequest(String serviceCode, Double lat, Double lng, String addressString, String addressId,
            String email, String deviceId, String accountId, String firstName, String lastName, String phone,
            String description, String mediaUrl, Map<String, List<String>> attributes, String jurisdictionId) {

        @Override
        public String toString() {
            return "NewRequest[" + serviceCode + "]";
        }
    }

    /** The answer to a report: the request id, a notice, the account id as given. */
    public record Receipt(String serviceRequestId, String serviceNotice, String accountId) {
    }

    /** A request with where it stands. */
    public record RequestStatus(Reported request, OpenService service, Tracking tracking) {
    }

    public ServiceCatalog catalog() {
        return catalog;
    }

    public Mono<Receipt> report(NewRequest request) {
        return Mono.defer(() -> {
            OpenService service = catalog.find(request.serviceCode()).orElseThrow(() -> request.serviceCode() == null
                    || request.serviceCode().isBlank() ? Open311Problem.badRequest("service_code is required")
                    : Open311Problem.badRequest("service_code " + request.serviceCode() + " is not a service"));
            GrievanceInput input = toInput(request, service);
            return accepting.accept(input).flatMap(acceptance -> {
                String id = acceptance.receipt().trackingNo().value();
                Reported reported = new Reported(id, acceptance.receipt().grievanceId(), service.code(), request.lat(),
                        request.lng(), Masking.address(input.address()), blankToNull(request.mediaUrl()), request.jurisdictionId(),
                        clock.instant());
                return requests.add(reported).thenReturn(new Receipt(id,
                        "已受理，受理编号 " + id + "。Received; track it with this number.", blankToNull(request.accountId())));
            });
        });
    }

    /** The requests matching the filters, newest first, at most {@code limit} (≤ 1000), in the last 90 days by default. */
    public Flux<RequestStatus> find(List<String> ids, List<String> serviceCodes, Instant start, Instant end, String status,
            String jurisdictionId) {
        Instant to = end == null ? clock.instant() : end;
        Instant from = start == null ? to.minus(DEFAULT_WINDOW) : start;
        if (from.isAfter(to)) {
            return Flux.error(Open311Problem.badRequest("start_date is after end_date"));
        }
        if (status != null && !status.equals("open") && !status.equals("closed")) {
            return Flux.error(Open311Problem.badRequest("status must be open or closed"));
        }
        boolean byId = !ids.isEmpty();
        return requests.find(ids, serviceCodes, byId ? null : from, byId ? null : to, jurisdictionId, MAX_RESULTS)
                .concatMap(this::withStatus)
                .filter(found -> status == null || status.equals(openOrClosed(found.tracking())))
                .take(MAX_RESULTS);
    }

    public Mono<RequestStatus> find(String serviceRequestId, String jurisdictionId) {
        return requests.find(serviceRequestId.strip().toUpperCase(java.util.Locale.ROOT), jurisdictionId)
                .flatMap(this::withStatus);
    }

    /** Open311's two states: closed once the unit answered (办结) or the case was closed. */
    public static String openOrClosed(Tracking tracking) {
        return switch (tracking.status()) {
            case RESOLVED, CLOSED -> "closed";
            default -> "open";
        };
    }

    private Mono<RequestStatus> withStatus(Reported reported) {
        return trackings.findByGrievanceId(reported.grievanceId())
                .map(tracking -> new RequestStatus(reported, catalog.find(reported.serviceCode()).orElse(null), tracking));
    }

    private GrievanceInput toInput(NewRequest request, OpenService service) {
        GeoPoint location = null;
        if (request.lat() != null || request.lng() != null) {
            if (request.lat() == null || request.lng() == null) {
                throw Open311Problem.badRequest("lat and long go together");
            }
            if (!GrievanceInput.isValidLocation(request.lat(), request.lng(), GrievanceInput.CRS_WGS84)) {
                throw Open311Problem.badRequest("lat must be within -90..90 and long within -180..180 (WGS84)");
            }
            location = new GeoPoint(request.lat(), request.lng(), GrievanceInput.CRS_WGS84);
        }
        String address = blankToNull(request.addressString());
        if (address == null && blankToNull(request.addressId()) != null) {
            address = "address_id " + request.addressId().strip();
        }
        if (location == null && address == null) {
            throw Open311Problem.badRequest("a location is required: lat and long, address_string or address_id");
        }
        String text = text(request, service);
        if (GrievanceText.length(text) > maxTextLength) {
            throw Open311Problem.badRequest("description is longer than " + maxTextLength + " characters");
        }
        String phone = blankToNull(request.phone());
        if (phone != null && !phone.matches(GrievanceInput.PHONE_PATTERN)) {
            throw Open311Problem.badRequest("phone must be 5 to 20 digits, '+' or '-'");
        }
        String email = blankToNull(request.email());
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw Open311Problem.badRequest("email is not an e-mail address");
        }
        String name = (nullToEmpty(request.lastName()) + nullToEmpty(request.firstName())).strip();
        try {
            return new GrievanceInput(Channel.WEB, "open311-" + UUID.randomUUID(), text, location, address,
                    new Contact(name, phone, email), service.group());
        } catch (IllegalArgumentException e) {
            throw Open311Problem.badRequest(e.getMessage());
        }
    }

    /** The description (or the service's name), then the answers to the service's attributes. */
    private static String text(NewRequest request, OpenService service) {
        StringBuilder text = new StringBuilder(blankToNull(request.description()) == null
                ? service.path() : request.description().strip());
        List<String> answered = new ArrayList<>();
        Map<String, List<String>> answers = request.attributes() == null ? Map.of() : request.attributes();
        for (ServiceAttribute attribute : service.attributes()) {
            List<String> given = answers.get(attribute.code());
            if (!attribute.accepts(given)) {
                throw Open311Problem.badRequest("attribute[" + attribute.code() + "] is "
                        + (given == null || given.isEmpty() ? "required" : "not valid"));
            }
            if (given != null && !given.isEmpty()) {
                answered.add(attribute.description() + ": "
                        + String.join("、", given.stream().map(attribute::nameOf).toList()));
            }
        }
        if (!answered.isEmpty()) {
            text.append("\n").append(String.join("\n", answered));
        }
        return text.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
