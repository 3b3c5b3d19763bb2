package org.suqiu.identity.staff.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.suqiu.identity.staff.model.JurisdictionCode;
import org.suqiu.identity.staff.model.Role;
import org.suqiu.identity.staff.model.StaffMember;

/**
 * Reads the staff file: UTF-8 CSV with the header {@code id,display_name,roles,unit_id,jurisdiction,password},
 * roles separated by {@code |}, an empty unit_id for people of no unit, lines starting with {@code #} ignored.
 * Fields are not quoted, so none may contain a comma. Any bad line stops the start-up with its line number.
 */
public final class StaffFile {

    static final List<String> HEADER = List.of("id", "display_name", "roles", "unit_id", "jurisdiction", "password");

    private StaffFile() {
    }

    public static List<StaffMember> parse(Reader source, String sourceName) {
        List<StaffMember> staff = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            boolean headerSeen = false;
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                String trimmed = stripBom(line).strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                List<String> fields = Arrays.stream(trimmed.split(",", -1)).map(String::strip).toList();
                if (!headerSeen) {
                    if (!fields.equals(HEADER)) {
                        throw new IllegalStateException(sourceName + " line " + lineNo + ": header must be "
                                + String.join(",", HEADER));
                    }
                    headerSeen = true;
                    continue;
                }
                staff.add(member(fields, sourceName, lineNo));
            }
            if (!headerSeen) {
                throw new IllegalStateException(sourceName + ": no header line");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + sourceName, e);
        }
        return List.copyOf(staff);
    }

    private static StaffMember member(List<String> fields, String sourceName, int lineNo) {
        if (fields.size() != HEADER.size()) {
            throw new IllegalStateException(sourceName + " line " + lineNo + ": " + HEADER.size()
                    + " fields expected, found " + fields.size());
        }
        try {
            return new StaffMember(fields.get(0), fields.get(1), roles(fields.get(2)), fields.get(3),
                    JurisdictionCode.of(fields.get(4)), fields.get(5));
        } catch (IllegalArgumentException e) {
            // the message names the user and the rule, never the password field's content
            throw new IllegalStateException(sourceName + " line " + lineNo + ": " + e.getMessage(), e);
        }
    }

    private static Set<Role> roles(String field) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : field.split("\\|")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown role " + name.strip() + " (known: "
                        + Arrays.toString(Role.values()) + ")");
            }
        }
        return roles;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
