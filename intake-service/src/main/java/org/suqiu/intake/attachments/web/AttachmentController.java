package org.suqiu.intake.attachments.web;

import java.net.URI;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.suqiu.intake.attachments.application.DownloadingAttachment;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.web.Problems;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/grievances/by-id/{grievanceId}/attachments/{attachmentId}} (token required): the
 * file, for the roles and within the reach of the by-id view; audited; 404 when out of reach.
 */
@RestController
public class AttachmentController {

    private final DownloadingAttachment downloading;

    public AttachmentController(DownloadingAttachment downloading) {
        this.downloading = downloading;
    }

    @GetMapping("/api/grievances/by-id/{grievanceId}/attachments/{attachmentId}")
    @PreAuthorize("hasAnyRole('OPERATOR', 'INBOX_CLERK', 'DISPATCHER', 'ADMIN')")
    public Mono<ResponseEntity<Flux<DataBuffer>>> download(@PathVariable String grievanceId,
            @PathVariable String attachmentId, StaffMember staff) {
        return downloading.download(grievanceId, attachmentId, staff)
                .map(download -> ResponseEntity.ok()
                        .contentType(mediaType(download.ref().contentType()))
                        .contentLength(download.ref().size())
                        .cacheControl(CacheControl.noStore())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Digest", "sha-256=" + download.ref().sha256())
                        .headers(headers -> headers.setContentDisposition(
                                ContentDisposition.attachment().filename(attachmentId).build()))
                        .body(download.content().<DataBuffer>map(DefaultDataBufferFactory.sharedInstance::wrap)))
                .switchIfEmpty(Mono.error(AttachmentController::notFound));
    }

    private static MediaType mediaType(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (RuntimeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static ResponseStatusException notFound() {
        ResponseStatusException notFound = new ResponseStatusException(HttpStatus.NOT_FOUND, "No such attachment.");
        notFound.getBody().setType(URI.create(Problems.TYPE_BASE + "attachment-not-found"));
        notFound.getBody().setTitle("Attachment not found");
        return notFound;
    }
}
