package org.suqiu.intake.open311.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The documents of GeoReport v2, as records written in snake_case: in JSON a list is the top-level
 * array; in XML each list has the spec's root element ({@code services}, {@code service_requests},
 * {@code errors}) around repeated items.
 */
final class Open311Documents {

    private Open311Documents() {
    }

    /** {@code discovery}: where the endpoint is and what it speaks. */
    @JacksonXmlRootElement(localName = "discovery")
    record Discovery(Instant changeset, String contact, String keyService,
            @JacksonXmlElementWrapper(localName = "endpoints") @JacksonXmlProperty(localName = "endpoint") List<Endpoint> endpoints) {
    }

    /** One endpoint of the discovery. */
    record Endpoint(String specification, String url, Instant changeset, String type,
            @JacksonXmlElementWrapper(localName = "formats") @JacksonXmlProperty(localName = "format") List<String> formats) {
    }

    /** One service of {@code services}. */
    @JacksonXmlRootElement(localName = "service")
    record Service(String serviceCode, String serviceName, String description, boolean metadata, String type,
            String keywords, String group) {
    }

    /** {@code services} in XML. */
    @JacksonXmlRootElement(localName = "services")
    record Services(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "service") List<Service> services) {
    }

    /** {@code services/{code}}: the attributes of a service. */
    @JacksonXmlRootElement(localName = "service_definition")
    record ServiceDefinition(String serviceCode,
            @JacksonXmlElementWrapper(localName = "attributes") @JacksonXmlProperty(localName = "attribute") List<Attribute> attributes) {
    }

    /** One attribute of a service definition. */
    record Attribute(boolean variable, String code, String datatype, boolean required, String datatypeDescription,
            int order, String description,
            @JacksonXmlElementWrapper(localName = "values") @JacksonXmlProperty(localName = "value") List<Value> values) {
    }

    /** An allowed value of a list attribute. */
    record Value(String key, String name) {
    }

    /** The answer to {@code POST requests}. */
    @JacksonXmlRootElement(localName = "request")
    record Created(String serviceRequestId, String serviceNotice, String accountId) {
    }

    /** {@code service_requests} of created requests in XML. */
    @JacksonXmlRootElement(localName = "service_requests")
    record CreatedList(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "request") List<Created> requests) {
    }

    /** One request of {@code GET requests}: no personal data (no description, no reporter, the address cut). */
    @JacksonXmlRootElement(localName = "request")
    record Request(String serviceRequestId, String status, String statusNotes, String serviceName, String serviceCode,
            String description, String agencyResponsible, String serviceNotice, Instant requestedDatetime,
            Instant updatedDatetime, Instant expectedDatetime, String address, String addressId, String zipcode,
            Double lat, @JsonProperty("long") Double lng, String mediaUrl) {
    }

    /** {@code service_requests} in XML. */
    @JacksonXmlRootElement(localName = "service_requests")
    record Requests(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "request") List<Request> requests) {
    }

    /** One error. */
    @JacksonXmlRootElement(localName = "error")
    record Error(int code, String description) {
    }

    /** {@code errors} in XML. */
    @JacksonXmlRootElement(localName = "errors")
    record Errors(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "error") List<Error> errors) {
    }
}
