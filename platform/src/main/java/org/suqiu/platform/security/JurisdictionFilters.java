package org.suqiu.platform.security;

import java.util.regex.Pattern;

import org.bson.conversions.Bson;

import com.mongodb.client.model.Filters;

/**
 * Scope enforced in the query, not after it: MongoDB filters matching the documents whose division
 * code field lies in a {@link JurisdictionScope}. Both forms work on MongoDB and on the local
 * MongoDB-wire server and can use an index on the field.
 */
public final class JurisdictionFilters {

    private JurisdictionFilters() {
    }

    /** {@code {field: {$regex: "^330483"}}}: an anchored prefix. */
    public static Bson within(String field, JurisdictionScope scope) {
        return Filters.regex(field, Pattern.compile(scope.regexPrefix()));
    }

    /** {@code {field: {$gte: "330483", $lt: "330484"}}}: the same set as a range. */
    public static Bson withinRange(String field, JurisdictionScope scope) {
        return Filters.and(Filters.gte(field, scope.lowerBound()), Filters.lt(field, scope.upperBound()));
    }
}
