package org.suqiu.intake.open311.infrastructure;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open311 GeoReport v2 ({@code suqiu.intake.open311.*}): the api keys that may POST requests, the
 * {@code jurisdiction_id}s this endpoint answers for (any other one is a 404), and what discovery
 * tells about the endpoint.
 *
 * @param apiKeys         keys accepted on {@code POST requests}; the demo key is for local runs only
 * @param jurisdictionIds accepted values of {@code jurisdiction_id} (optional on every call)
 * @param contact         discovery's contact line
 * @param keyService      discovery's {@code key_service}: where to ask for a key
 */
@ConfigurationProperties("suqiu.intake.open311")
public record Open311Properties(@DefaultValue List<String> apiKeys,
                                @DefaultValue({"330400", "jiaxing.suqiu.org"}) List<String> jurisdictionIds,
                                @DefaultValue("嘉兴市 12345 政务服务便民热线 (12345 hotline of Jiaxing)") String contact,
                                @DefaultValue("Ask the 12345 hotline office for an api_key") String keyService) {
}
