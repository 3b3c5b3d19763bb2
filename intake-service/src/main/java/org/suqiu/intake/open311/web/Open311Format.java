package org.suqiu.intake.open311.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;
import tools.jackson.dataformat.xml.XmlWriteFeature;

/**
 * The two formats of GeoReport v2, chosen by the extension ({@code .json}, {@code .xml}): JSON with
 * lists as top-level arrays, XML (declared UTF-8) with the spec's root elements — both written by
 * Jackson from the same records.
 */
public enum Open311Format {
    JSON(MediaType.APPLICATION_JSON),
    XML(new MediaType("text", "xml", StandardCharsets.UTF_8));

    private static final JsonMapper JSON_MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();
    private static final XmlMapper XML_MAPPER = XmlMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(XmlWriteFeature.WRITE_XML_DECLARATION)
            .build();

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    static Optional<Open311Format> of(String extension) {
        if (extension == null) {
            return Optional.empty();
        }
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "json" -> Optional.of(JSON);
            case "xml" -> Optional.of(XML);
            default -> Optional.empty();
        };
    }

    /** The format a request path ends with; JSON for anything else (so that errors are still readable). */
    public static Open311Format ofPath(String path) {
        return path != null && path.toLowerCase(Locale.ROOT).endsWith(".xml") ? XML : JSON;
    }

    /** One document (JSON object or XML element). */
    ResponseEntity<byte[]> one(HttpStatus status, Object document) {
        byte[] body = this == JSON ? JSON_MAPPER.writeValueAsBytes(document) : XML_MAPPER.writeValueAsBytes(document);
        return ResponseEntity.status(status).contentType(mediaType).body(body);
    }

    /** A list: a top-level array in JSON, {@code wrap(items)} (the spec's root element) in XML. */
    <T> ResponseEntity<byte[]> list(HttpStatus status, List<T> items, Function<List<T>, Object> wrap) {
        byte[] body = this == JSON ? JSON_MAPPER.writeValueAsBytes(items) : XML_MAPPER.writeValueAsBytes(wrap.apply(items));
        return ResponseEntity.status(status).contentType(mediaType).body(body);
    }

    /** The spec's error answer: {@code [{code, description}]}. */
    public ResponseEntity<byte[]> error(HttpStatus status, String description) {
        return list(status, List.of(new Open311Documents.Error(status.value(), description)), Open311Documents.Errors::new);
    }
}
