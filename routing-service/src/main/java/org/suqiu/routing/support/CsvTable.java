package org.suqiu.routing.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;

/**
 * A small UTF-8 CSV file with a header row, as the service's data files are (divisions, units,
 * rules): comma-separated, double quotes around a field that holds a comma or a quote, blank lines
 * and lines starting with {@code #} skipped.
 */
public final class CsvTable {

    /** One data row: its line number in the file and its fields by column name. */
    public record Row(int line, Map<String, String> fields) {

        /** The trimmed field, empty when blank or missing. */
        public String get(String column) {
            String value = fields.get(column);
            return value == null ? "" : value.trim();
        }
    }

    private final String location;
    private final List<Row> rows;

    private CsvTable(String location, List<Row> rows) {
        this.location = location;
        this.rows = rows;
    }

    /** Reads the file, which must have at least the given columns. */
    public static CsvTable read(Resource resource, List<String> requiredColumns) {
        String location = resource.getDescription();
        if (!resource.exists()) {
            throw new IllegalStateException(location + " does not exist");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = split(line, location, lineNumber);
                if (header == null) {
                    List<String> names = fields.stream().map(String::trim).toList();
                    List<String> missing = requiredColumns.stream().filter(c -> !names.contains(c)).toList();
                    if (!missing.isEmpty()) {
                        throw new IllegalStateException(location + " line " + lineNumber + ": missing column(s) " + missing
                                + "; expected " + requiredColumns);
                    }
                    header = names;
                    continue;
                }
                if (fields.size() > header.size()) {
                    throw new IllegalStateException(location + " line " + lineNumber + ": " + fields.size()
                            + " fields but the header has " + header.size());
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), i < fields.size() ? fields.get(i) : "");
                }
                rows.add(new Row(lineNumber, values));
            }
            if (header == null) {
                throw new IllegalStateException(location + " is empty");
            }
            return new CsvTable(location, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        }
    }

    private static List<String> split(String line, String location, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalStateException(location + " line " + lineNumber + ": unterminated quote");
        }
        fields.add(field.toString());
        return fields;
    }

    /** Where the table was read from, for messages. */
    public String location() {
        return location;
    }

    public List<Row> rows() {
        return rows;
    }
}
