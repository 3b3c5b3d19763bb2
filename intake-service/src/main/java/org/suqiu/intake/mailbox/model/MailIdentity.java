package org.suqiu.intake.mailbox.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * 邮件标识: the channel id of a mail — a hash of its Message-ID (Message-IDs hold characters a
 * channel id may not, and can name the sender's host), or, for a mail without one, a hash of what
 * it says and who sent it, so the same mail read twice is the same submission.
 */
public final class MailIdentity {

    private MailIdentity() {
    }

    public static String externalId(IncomingMail mail) {
        String basis = mail.messageId() != null && !mail.messageId().isBlank()
                ? "message-id:" + mail.messageId().strip()
                : "content:" + mail.fromAddress() + "\n" + mail.subject() + "\n" + mail.body();
        return "mail." + sha256(basis).substring(0, 40);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
