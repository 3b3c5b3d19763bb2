package org.suqiu.intake.open311.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A service one can report to (Open311 service): a third-level category (三级分类) of the complaint
 * taxonomy, grouped by its first level (一级分类). Its code is derived from the category path, so
 * it stays the same when the taxonomy file is reordered or grows.
 */
public record OpenService(String code, String group, String subgroup, String name, List<ServiceAttribute> attributes) {

    public OpenService {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** The service of a category path. */
    public static OpenService of(String group, String subgroup, String name, List<ServiceAttribute> attributes) {
        return new OpenService(codeOf(group, subgroup, name), group, subgroup, name, attributes);
    }

    /** The first 8 hex digits of SHA-256 of {@code 一级/二级/三级}. */
    public static String codeOf(String group, String subgroup, String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((group + "/" + subgroup + "/" + name).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code 一级/二级/三级}. */
    public String path() {
        return group + "/" + subgroup + "/" + name;
    }

    /** Whether it asks extra questions (Open311 {@code metadata}). */
    public boolean hasAttributes() {
        return !attributes.isEmpty();
    }
}
