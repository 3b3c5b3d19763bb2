package org.suqiu.routing.classification.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;

/**
 * Reads the classifier's corpus files (RFC 4180 CSV: quoted fields may hold commas, quotes and line
 * breaks): the tokenised training set, the raw dev set and the taxonomy. Rows keep their fields in
 * file order; the header row is returned first.
 */
public final class CorpusCsv {

    /** One labelled training text: its words (already segmented) and its first-level category. */
    public record TrainingRow(List<String> tokens, String category) {
    }

    /** One raw dev text: title, body and its first-level category. */
    public record DevRow(String id, String title, String text, String category) {
    }

    private CorpusCsv() {
    }

    /** {@code tokens,category}: words separated by blanks. */
    public static List<TrainingRow> training(Resource resource) {
        List<List<String>> rows = rows(resource);
        List<TrainingRow> out = new ArrayList<>(rows.size());
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < 2) {
                continue;
            }
            List<String> tokens = new ArrayList<>();
            for (String t : row.get(0).split("[\\s\\u3000]+")) {
                if (!t.isEmpty() && !"_x000D_".equals(t)) {
                    tokens.add(t);
                }
            }
            out.add(new TrainingRow(tokens, row.get(row.size() - 1).trim()));
        }
        return out;
    }

    /** {@code id,title,time,text,category}. */
    public static List<DevRow> dev(Resource resource) {
        List<List<String>> rows = rows(resource);
        return rows.subList(1, rows.size()).stream()
                .filter(r -> r.size() >= 5)
                .map(r -> new DevRow(r.get(0), r.get(1), r.get(3), r.get(4).trim()))
                .toList();
    }

    /** {@code 一级分类,二级分类,三级分类}: one path per row. */
    public static List<List<String>> taxonomy(Resource resource) {
        List<List<String>> rows = rows(resource);
        return List.copyOf(rows.subList(1, rows.size()));
    }

    static List<List<String>> rows(Resource resource) {
        try (Reader reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource.getDescription(), e);
        }
    }

    static List<List<String>> parse(Reader reader) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c = reader.read();
        if (c == '\uFEFF') {
            c = reader.read();
        }
        for (; c != -1; c = reader.read()) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        reader.reset();
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    reader.mark(1);
                    if (reader.read() != '\n') {
                        reader.reset();
                    }
                }
                row.add(field.toString());
                field.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
                any = false;
            } else {
                field.append((char) c);
            }
        }
        if (any || !field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
