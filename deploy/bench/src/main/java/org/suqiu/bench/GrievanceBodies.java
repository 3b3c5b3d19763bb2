package org.suqiu.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Realistic {@code POST /api/grievances} bodies of 0.8 KB on average (up to 1.1 KB): citizens' own words (诉求原文) from the
 * complaints corpus in this module's resources, a point and an address in 嘉兴市, a contact and the
 * category. Each body is split around its {@code externalId}, so a request costs the driver one copy.
 */
final class GrievanceBodies {

    static final String CORPUS = "/complaints/dev_raw.csv";
    /** About 260 Chinese characters (3 bytes each in UTF-8) plus the other fields make about 1 KB. */
    static final int TEXT_CODE_POINTS = 260;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "沈", "钱"};
    private static final String[] COUNTIES = {"南湖区", "秀洲区", "嘉善县", "海盐县", "海宁市", "平湖市", "桐乡市"};
    private static final String[] ROADS = {"中山路", "人民路", "南湖路", "解放路", "梧桐大道", "文昌路", "凌公塘路"};

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Where each request's external id goes; the bodies are split around it once, at start. */
    private static final String EXTERNAL_ID_SLOT = "@@externalId@@";

    private final List<byte[]> prefixes;
    private final List<byte[]> suffixes;

    private GrievanceBodies(List<byte[]> prefixes, List<byte[]> suffixes) {
        this.prefixes = prefixes;
        this.suffixes = suffixes;
    }

    /** Bodies for every row of the corpus, with contacts and places drawn from {@code seed}. */
    static GrievanceBodies fromCorpus(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<byte[]> prefixes = new ArrayList<>();
        List<byte[]> suffixes = new ArrayList<>();
        for (CSVRecord row : rows()) {
            String title = row.get("title");
            String text = row.get("text");
            String category = row.get("category");
            String words = text.codePointCount(0, text.length()) < 200 ? title + "。" + text : text;
            ObjectNode body = JSON.createObjectNode()
                    .put("channel", "WEB")
                    .put("externalId", EXTERNAL_ID_SLOT)
                    .put("text", cut(words, TEXT_CODE_POINTS));
            body.putObject("location")
                    .put("lat", round5(30.45 + random.nextDouble() * 0.55))
                    .put("lng", round5(120.30 + random.nextDouble() * 0.85))
                    .put("crs", "WGS84");
            body.put("address", "浙江省嘉兴市" + COUNTIES[random.nextInt(COUNTIES.length)]
                    + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(300)) + "号");
            body.putObject("contact")
                    .put("name", SURNAMES[random.nextInt(SURNAMES.length)] + (random.nextBoolean() ? "先生" : "女士"))
                    .put("phone", "1" + (3 + random.nextInt(7)) + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000)));
            body.put("categoryHint", category);
            String json = JSON.writeValueAsString(body);
            int slot = json.indexOf(EXTERNAL_ID_SLOT);
            prefixes.add(json.substring(0, slot).getBytes(StandardCharsets.UTF_8));
            suffixes.add(json.substring(slot + EXTERNAL_ID_SLOT.length()).getBytes(StandardCharsets.UTF_8));
        }
        return new GrievanceBodies(prefixes, suffixes);
    }

    int size() {
        return prefixes.size();
    }

    /** The {@code n}-th body (cycling through the corpus) with this external id (ASCII). */
    byte[] body(long n, String externalId) {
        int i = (int) (n % prefixes.size());
        byte[] prefix = prefixes.get(i);
        byte[] suffix = suffixes.get(i);
        byte[] id = externalId.getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[prefix.length + id.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(id, 0, body, prefix.length, id.length);
        System.arraycopy(suffix, 0, body, prefix.length + id.length, suffix.length);
        return body;
    }

    /** The mean body size in bytes over the corpus, for the report. */
    int meanBytes(String sampleExternalId) {
        long total = 0;
        for (int i = 0; i < prefixes.size(); i++) {
            total += body(i, sampleExternalId).length;
        }
        return (int) (total / prefixes.size());
    }

    private static String cut(String text, int codePoints) {
        String clean = text.strip();
        if (clean.codePointCount(0, clean.length()) <= codePoints) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, codePoints));
    }

    private static double round5(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    /** The corpus rows, by header name (RFC 4180: quoted fields may hold commas, quotes, line breaks). */
    static List<CSVRecord> rows() {
        try (InputStream in = GrievanceBodies.class.getResourceAsStream(CORPUS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CORPUS);
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            return format.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
