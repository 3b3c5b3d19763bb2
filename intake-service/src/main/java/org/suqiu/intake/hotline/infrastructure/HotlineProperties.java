package org.suqiu.intake.hotline.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The 12345 hotline ({@code suqiu.intake.hotline.*}): the division code of its city, which is the
 * {@code homeJurisdiction} of every grievance it takes in and the scope of its drafts.
 */
@ConfigurationProperties("suqiu.intake.hotline")
public record HotlineProperties(@DefaultValue("330400") String homeJurisdiction) {
}
