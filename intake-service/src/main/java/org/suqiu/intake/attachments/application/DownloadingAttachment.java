package org.suqiu.intake.attachments.application;

import java.util.Map;

import org.suqiu.intake.attachments.model.AttachmentRef;
import org.suqiu.intake.staff.application.ViewingGrievances;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.platform.security.audit.AuditTrail;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 附件调阅: a staff member downloads one attachment of a grievance they may see (the same reach as
 * the by-id view); every download is written to the audit trail first.
 */
public class DownloadingAttachment {

    public static final String ACTION = "grievance.attachment.downloaded";
    public static final String RESOURCE_TYPE = "grievance";

    private final ViewingGrievances viewing;
    private final Attachments attachments;
    private final AuditTrail audit;

    public DownloadingAttachment(ViewingGrievances viewing, Attachments attachments, AuditTrail audit) {
        this.viewing = viewing;
        this.attachments = attachments;
        this.audit = audit;
    }

    /** An attachment ready to send. */
    public record Download(AttachmentRef ref, Flux<byte[]> content) {
    }

    /** The attachment when the staff member may see the grievance and the grievance refers to it; else empty. */
    public Mono<Download> download(String grievanceId, String attachmentId, StaffMember staff) {
        return viewing.show(grievanceId, staff, "GET /api/grievances/by-id/{id}/attachments/{attachmentId}")
                .filterWhen(record -> attachments.isAttachedTo(attachmentId, grievanceId))
                .flatMap(record -> attachments.find(attachmentId))
                .flatMap(ref -> audit.record(new AuditEntry(null, null, AuditEntry.Actor.of(staff), ACTION, RESOURCE_TYPE,
                                grievanceId, null, Map.of("attachmentId", attachmentId)))
                        .thenReturn(new Download(ref, attachments.content(attachmentId))));
    }
}
