package org.suqiu.intake.mailbox.model;

import java.util.List;
import java.util.Objects;

/**
 * 网上信箱来信: one mail as read from the mailbox — its Message-ID (null when it has none), the
 * sender, the decoded subject and body, its attachments and whether it is an automatic message
 * (RFC 3834) that must never be answered. Personal data: {@code toString} shows none of it.
 */
public record IncomingMail(String messageId, String references, String fromAddress, String fromName, String replyTo,
        String subject, String body, List<Part> attachments, boolean automatic) {

    /** One attached file. */
    public record Part(String fileName, String contentType, byte[] content) {

        @Override
        public String toString() {
            return "Part[" + contentType + ", " + content.length + " bytes]";
        }
    }

    public IncomingMail {
        Objects.requireNonNull(fromAddress, "fromAddress");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        subject = subject == null ? "" : subject.strip();
        body = body == null ? "" : body.strip();
    }

    /** The grievance's text: the subject, a blank line, the body (either alone when the other is empty). */
    public String text() {
        if (subject.isEmpty()) {
            return body;
        }
        return body.isEmpty() ? subject : subject + "\n\n" + body;
    }

    /** Where an automatic reply goes: Reply-To when given, else From. */
    public String replyAddress() {
        return replyTo == null || replyTo.isBlank() ? fromAddress : replyTo;
    }

    @Override
    public String toString() {
        return "IncomingMail[" + attachments.size() + " attachments, automatic=" + automatic + "]";
    }
}
