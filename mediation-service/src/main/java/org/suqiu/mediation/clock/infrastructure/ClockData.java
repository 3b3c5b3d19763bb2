package org.suqiu.mediation.clock.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.suqiu.contracts.intake.Urgency;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.mediation.clock.model.ClockRule;
import org.suqiu.mediation.clock.model.DeadlineProfile;
import org.suqiu.mediation.clock.model.Span;
import org.suqiu.mediation.clock.model.WorkingCalendar;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the holiday calendar and the deadline profiles from their JSON data files. */
public final class ClockData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClockData() {
    }

    /** The calendar: {@code {zone, years: {"2026": {source, holidays: ["2026-02-15/2026-02-23", ...], workdays: [...]}}}}. */
    public static WorkingCalendar calendar(InputStream in, LocalTime opensAt, LocalTime closesAt) {
        JsonNode root = read(in);
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        for (var year : root.path("years").properties()) {
            years.add(Integer.parseInt(year.getKey()));
            year.getValue().path("holidays").forEach(range -> holidays.addAll(dates(range.asString())));
            year.getValue().path("workdays").forEach(day -> workdays.addAll(dates(day.asString())));
        }
        return new WorkingCalendar(ZoneId.of(root.path("zone").asString("Asia/Shanghai")), opensAt, closesAt, holidays,
                workdays, years);
    }

    /** The profile of this name from {@code {profiles: [{name, rules: [{clock, category, urgency, span}], ...}]}}. */
    public static DeadlineProfile profile(InputStream in, String name) {
        for (JsonNode p : read(in).path("profiles")) {
            if (!name.equals(p.path("name").asString())) {
                continue;
            }
            List<ClockRule> rules = new ArrayList<>();
            for (JsonNode r : p.path("rules")) {
                rules.add(new ClockRule(DeadlineKind.valueOf(r.path("clock").asString()), text(r, "category"),
                        text(r, "urgency") == null ? null : Urgency.valueOf(text(r, "urgency")), Span.parse(r.path("span").asString())));
            }
            List<Duration> steps = new ArrayList<>();
            p.path("overdueSteps").forEach(s -> steps.add(Duration.parse(s.asString())));
            return new DeadlineProfile(name, text(p, "source"), rules, span(p, "maxExtension"),
                    p.path("maxExtensions").asInt(0), span(p, "returnWithin"), span(p, "judicialConfirmation"), steps);
        }
        throw new IllegalArgumentException("no deadline profile named " + name);
    }

    private static List<LocalDate> dates(String text) {
        String[] ends = text.split("/");
        LocalDate from = LocalDate.parse(ends[0]);
        LocalDate to = ends.length > 1 ? LocalDate.parse(ends[1]) : from;
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    private static Span span(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : Span.parse(text);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asString().isBlank() ? null : value.asString();
    }

    private static JsonNode read(InputStream in) {
        try (in) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
