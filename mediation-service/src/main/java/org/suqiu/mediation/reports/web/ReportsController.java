package org.suqiu.mediation.reports.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.suqiu.mediation.cases.application.CaseAccess;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseQuery;
import org.suqiu.mediation.cases.model.CaseState;
import org.suqiu.mediation.cases.model.Deadline;
import org.suqiu.mediation.reports.application.ReportingCases;
import org.suqiu.mediation.reports.model.Csv;
import org.suqiu.mediation.reports.model.RateReport;
import org.suqiu.mediation.reports.model.UnitRates;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.web.Problems;

import reactor.core.publisher.Mono;

/**
 * Reports for units and supervisors, within the caller's scope (as for cases): a unit's worklist by
 * due date, the overdue list, the three rates (响应率, 解决率, 满意率) per unit or county over a period;
 * each as JSON or, with {@code format=csv}, as an Excel-ready CSV download.
 */
@RestController
@RequestMapping("/api/reports")
public class ReportsController {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final ReportingCases reporting;

    public ReportsController(ReportingCases reporting) {
        this.reporting = reporting;
    }

    /** A worklist line: what a handler needs to pick the next case. */
    public record WorkItem(String caseId, String trackingNo, String state, String unitId, String jurisdictionCode,
            String category, String urgency, Instant openedAt, Instant nextDueAt, String nextClock, boolean supervised) {
    }

    @GetMapping("/worklist")
    public Mono<ResponseEntity<Object>> worklist(@RequestParam(required = false) String unitId,
            @RequestParam(required = false) String state, @RequestParam(required = false) String trackingNo,
            @RequestParam(required = false) String format, @RequestParam(defaultValue = "200") int limit, StaffMember staff) {
        if (!CaseAccess.mayView(staff)) {
            return Mono.error(new AccessDeniedException("Your roles may not read worklists"));
        }
        CaseState wanted;
        try {
            wanted = state == null || state.isBlank() ? null : CaseState.valueOf(state.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Mono.just(invalid("state", "must be one of " + java.util.Arrays.toString(CaseState.values())));
        }
        if (limit < 1 || limit > CaseQuery.MAX_LIMIT) {
            return Mono.just(invalid("limit", "must be from 1 to " + CaseQuery.MAX_LIMIT));
        }
        return reporting.worklist(CaseAccess.viewScope(staff), blankToNull(unitId), wanted, blankToNull(trackingNo), limit)
                .map(ReportsController::item).collectList()
                .map(items -> csv(format) ? csvItems(items, "worklist.csv") : ResponseEntity.ok().body(items));
    }

    @GetMapping("/overdue")
    public Mono<ResponseEntity<Object>> overdue(@RequestParam(required = false) String unitId,
            @RequestParam(required = false) String format, @RequestParam(defaultValue = "500") int limit, StaffMember staff) {
        if (!CaseAccess.mayView(staff)) {
            return Mono.error(new AccessDeniedException("Your roles may not read overdue lists"));
        }
        if (limit < 1 || limit > CaseQuery.MAX_LIMIT) {
            return Mono.just(invalid("limit", "must be from 1 to " + CaseQuery.MAX_LIMIT));
        }
        return reporting.overdue(CaseAccess.viewScope(staff), blankToNull(unitId), limit)
                .map(ReportsController::item).collectList()
                .map(items -> csv(format) ? csvItems(items, "overdue.csv") : ResponseEntity.ok().body(items));
    }

    /** {@code from}/{@code to}: dates (Beijing), {@code to} exclusive; {@code by}: unit (default) or jurisdiction (county). */
    @GetMapping("/rates")
    public Mono<ResponseEntity<Object>> rates(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "unit") String by,
            @RequestParam(required = false) String format, StaffMember staff) {
        if (!CaseAccess.mayReport(staff)) {
            return Mono.error(new AccessDeniedException("Your roles may not read rates"));
        }
        LocalDate fromDay;
        LocalDate toDay;
        try {
            fromDay = from == null ? null : LocalDate.parse(from);
            toDay = to == null ? null : LocalDate.parse(to);
        } catch (DateTimeParseException e) {
            return Mono.just(invalid(from != null && !isDate(from) ? "from" : "to", "must be a date like 2026-11-01"));
        }
        if (fromDay == null || toDay == null || !toDay.isAfter(fromDay)) {
            return Mono.just(invalid(fromDay == null ? "from" : "to", "from and to are required dates, to after from"));
        }
        RateReport.Grouping grouping;
        try {
            grouping = RateReport.Grouping.valueOf(by.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Mono.just(invalid("by", "must be unit or jurisdiction"));
        }
        Instant start = fromDay.atStartOfDay(BEIJING).toInstant();
        Instant end = toDay.atStartOfDay(BEIJING).toInstant();
        return reporting.rates(CaseAccess.viewScope(staff), start, end, grouping)
                .map(rates -> csv(format) ? csvRates(rates, "rates-" + fromDay + "-" + toDay + ".csv")
                        : ResponseEntity.ok().body(rates));
    }

    private static WorkItem item(Case c) {
        Deadline next = c.deadlines().all().stream()
                .filter(d -> d.isRunning() && d.kind() != org.suqiu.contracts.mediation.DeadlineKind.JUDICIAL_CONFIRMATION)
                .min(java.util.Comparator.comparing(Deadline::dueAt)).orElse(null);
        return new WorkItem(c.caseId(), c.grievance().trackingNo(), c.state().name(), c.assignment().unitId(),
                c.assignment().jurisdictionCode(), c.assignment().category(), c.assignment().urgency().name(), c.openedAt(),
                next == null ? null : next.dueAt(), next == null ? null : next.kind().name(), !c.supervisions().isEmpty());
    }

    private static ResponseEntity<Object> csvItems(List<WorkItem> items, String filename) {
        List<List<?>> rows = new ArrayList<>();
        for (WorkItem i : items) {
            rows.add(List.of(i.caseId(), i.trackingNo(), i.state(), i.unitId(), nz(i.jurisdictionCode()), nz(i.category()),
                    i.urgency(), i.openedAt(), nz(i.nextDueAt()), nz(i.nextClock()), i.supervised() ? "督办" : ""));
        }
        return download(Csv.write(List.of("案件编号 caseId", "受理编号 trackingNo", "状态 state", "承办单位 unitId",
                "区划 jurisdictionCode", "类别 category", "紧急程度 urgency", "立案时间 openedAt", "最近时限 nextDueAt",
                "时限类型 nextClock", "督办 supervised"), rows), filename);
    }

    private static ResponseEntity<Object> csvRates(List<UnitRates> rates, String filename) {
        List<List<?>> rows = new ArrayList<>();
        for (UnitRates r : rates) {
            rows.add(List.of(r.key(), nz(r.name()), r.assigned(), r.acceptedInTime(), r.resolved(), r.rated(), r.satisfied(),
                    r.overdue(), nz(r.responseRate()), nz(r.resolutionRate()), nz(r.satisfactionRate())));
        }
        return download(Csv.write(List.of("单位/区划 key", "名称 name", "派单数 assigned", "按时签收 acceptedInTime",
                "办结数 resolved", "回访数 rated", "满意数 satisfied", "超期数 overdue", "响应率 responseRate",
                "解决率 resolutionRate", "满意率 satisfactionRate"), rows), filename);
    }

    private static ResponseEntity<Object> download(byte[] body, String filename) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(body);
    }

    private static Object nz(Object value) {
        return value == null ? "" : value;
    }

    private static boolean csv(String format) {
        return format != null && format.equalsIgnoreCase("csv");
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static ResponseEntity<Object> invalid(String field, String message) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", field + ": " + message);
        problem.setProperty("errors", List.of(java.util.Map.of("field", field, "message", message)));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
