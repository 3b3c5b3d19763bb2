package org.suqiu.intake.mailbox.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import org.suqiu.intake.mailbox.model.IncomingMail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * 自动回复: the answer to a mail, sent over SMTP as a reply in the citizen's thread
 * ({@code In-Reply-To}, {@code References}) and marked {@code Auto-Submitted: auto-replied}
 * (RFC 3834), so that well-behaved auto-responders do not answer it in turn.
 */
public class SmtpReplies {

    private final MailboxProperties.Smtp smtp;
    private final Session session;

    public SmtpReplies(MailboxProperties.Smtp smtp) {
        this.smtp = smtp;
        Properties properties = new Properties();
        String protocol = smtp.ssl() ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", smtp.host());
        properties.put("mail." + protocol + ".port", String.valueOf(smtp.port() == null ? (smtp.ssl() ? 465 : 25) : smtp.port()));
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "10000");
        properties.put("mail." + protocol + ".auth", String.valueOf(smtp.username() != null));
        this.session = Session.getInstance(properties);
    }

    public void send(IncomingMail mail, String text) throws MessagingException {
        MimeMessage reply = new MimeMessage(session);
        reply.setFrom(new InternetAddress(smtp.from()));
        reply.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.replyAddress()));
        String subject = mail.subject().isEmpty() ? "您的来信已收到" : "Re: " + mail.subject();
        reply.setSubject(subject, StandardCharsets.UTF_8.name());
        reply.setSentDate(new Date());
        if (mail.messageId() != null) {
            reply.setHeader("In-Reply-To", mail.messageId());
            String references = mail.references() == null ? mail.messageId() : mail.references() + " " + mail.messageId();
            reply.setHeader("References", MimeUtility.fold(12, references));
        }
        reply.setHeader("Auto-Submitted", "auto-replied");
        reply.setHeader("X-Auto-Response-Suppress", "All");
        reply.setText(text, StandardCharsets.UTF_8.name());
        if (smtp.username() != null) {
            Transport.send(reply, smtp.username(), smtp.password());
        } else {
            Transport.send(reply);
        }
    }
}
