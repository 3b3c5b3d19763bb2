package org.suqiu.mediation.cases.web;

import java.time.Instant;
import java.util.List;

import org.suqiu.contracts.mediation.CallBackRating;
import org.suqiu.contracts.mediation.MediationKind;
import org.suqiu.contracts.mediation.MediationOutcome;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the case actions. */
public final class CaseRequests {

    static final int MAX_HANDLER = 100;
    static final int MAX_ANSWER = 2000;
    static final int MAX_REASON = 500;
    /** A {@code handler} that is sent must still be a name, as before; its value is ignored. */
    static final String NOT_BLANK = "(?s).*\\S.*";

    private CaseRequests() {
    }

    /**
     * 签收 by a handler of the unit. {@code handler} is accepted for older clients and ignored: the
     * handler recorded is the caller (the token's subject).
     */
    public record Accept(@Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = MAX_HANDLER) String handler) {
    }

    /** 办结 with the answer (答复) to the citizen; {@code handler} is ignored as in {@link Accept}. */
    public record Resolve(
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = MAX_HANDLER) String handler,
            @NotBlank @Size(max = MAX_ANSWER) String answer) {
    }

    /** Closing a resolved case; the outcome defaults to RESOLVED; the optional reason goes to the audit trail. */
    public record Close(
            @Pattern(regexp = "[A-Z][A-Z_]{0,39}", message = "must be an upper-case code such as RESOLVED") String outcome,
            @Size(max = MAX_REASON) String reason) {

        static final String DEFAULT_OUTCOME = "RESOLVED";

        String outcomeOrDefault() {
            return outcome == null ? DEFAULT_OUTCOME : outcome;
        }
    }

    /** 退单 before 签收, with the reason (not ours, wrong jurisdiction...). */
    public record GiveBack(@NotBlank @Size(max = MAX_REASON) String reason) {
    }

    /** 开始办理 / 首次联系, with an optional note (no citizen data). */
    public record Start(@Size(max = MAX_REASON) String note) {
    }

    /** 中止 or 恢复 with a reason (required to suspend). */
    public record Reason(@Size(max = MAX_REASON) String reason) {
    }

    /** 延期申请: the reason and how many days (in the profile's unit). */
    public record ExtensionRequest(@NotBlank @Size(max = MAX_REASON) String reason, @NotNull @Min(1) @Max(365) Integer days) {
    }

    /** 延期审批: approve or deny; {@code days} granted (default: those asked); a note. */
    public record ExtensionDecision(@NotNull Boolean approve, @Min(1) @Max(365) Integer days, @Size(max = MAX_REASON) String note) {
    }

    /** 督办 with instructions. */
    public record Supervise(@NotBlank @Size(max = MAX_ANSWER) String instructions) {
    }

    /** 回访: the citizen's rating and an optional comment without personal data. */
    public record CallBack(@NotNull CallBackRating rating, @Size(max = MAX_REASON) String comment) {
    }

    /** 大调解: its kind, the mediator, the parties (names stay in the case, never in events or logs). */
    public record StartMediation(@NotNull MediationKind kind, @NotBlank @Size(max = MAX_HANDLER) String mediator,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = MAX_HANDLER) String> parties) {
    }

    /** A mediation session: when and where, who came, what was agreed. */
    public record Session(@NotNull Instant heldAt, @Size(max = 200) String place,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = MAX_HANDLER) String> attendees,
            @Size(max = MAX_ANSWER) String agreed) {
    }

    /** How the mediation ended: AGREEMENT (terms, signedAt required), PARTIAL or FAILED (nextStep). */
    public record Conclusion(@NotNull MediationOutcome outcome, @Size(max = MAX_ANSWER) String terms, Instant signedAt,
            @Pattern(regexp = "LITIGATION|ARBITRATION|BACK_TO_UNIT", message = "must be LITIGATION, ARBITRATION or BACK_TO_UNIT")
            String nextStep) {
    }
}
