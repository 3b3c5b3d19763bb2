package org.suqiu.notification.delivery.infrastructure;

import java.nio.charset.StandardCharsets;

import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.suqiu.notification.delivery.model.ChannelSender;
import org.suqiu.notification.delivery.model.Delivery;
import org.suqiu.notification.delivery.model.DeliveryRejectedException;
import org.suqiu.notification.people.model.ContactChannel;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * E-mail over SMTP (Angus Mail). The Message-ID is made from the delivery id, so a message sent again
 * after a crash carries the same id and mail clients show it once; an answer to a mailbox letter
 * carries {@code In-Reply-To} and {@code References} = the letter's Message-ID (same thread).
 */
public class SmtpEmailSender implements ChannelSender {

    private final JavaMailSender mailSender;
    private final ChannelsProperties.Email properties;

    public SmtpEmailSender(JavaMailSender mailSender, ChannelsProperties.Email properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    @Override
    public ContactChannel channel() {
        return ContactChannel.EMAIL;
    }

    @Override
    public Mono<String> send(Delivery delivery) {
        return Mono.fromCallable(() -> {
            String messageId = messageId(delivery.id());
            MimeMessage message = message(delivery, messageId);
            try {
                mailSender.send(message);
            } catch (MailParseException | MailPreparationException e) {
                throw new DeliveryRejectedException("e-mail could not be prepared: " + e.getClass().getSimpleName());
            } catch (MailException e) {
                throw new IllegalStateException("SMTP server unavailable: " + e.getClass().getSimpleName(), e);
            }
            return messageId;
        }).subscribeOn(Schedulers.boundedElastic());
    }

    String messageId(String deliveryId) {
        return "<" + deliveryId.replaceAll("[^A-Za-z0-9._-]", ".") + "@" + properties.messageIdDomain() + ">";
    }

    private MimeMessage message(Delivery delivery, String messageId) {
        try {
            MimeMessage message = new FixedIdMessage(mailSender.createMimeMessage().getSession(), messageId);
            message.setFrom(new InternetAddress(properties.from()));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(delivery.destination(), true));
            message.setSubject(delivery.subject(), StandardCharsets.UTF_8.name());
            message.setText(delivery.text(), StandardCharsets.UTF_8.name());
            if (delivery.inReplyTo() != null) {
                message.setHeader("In-Reply-To", delivery.inReplyTo());
                message.setHeader("References", delivery.inReplyTo());
            }
            return message;
        } catch (AddressException e) {
            throw new DeliveryRejectedException("not an e-mail address");
        } catch (MessagingException e) {
            throw new DeliveryRejectedException("e-mail could not be prepared: " + e.getClass().getSimpleName());
        }
    }

    /** A message that keeps the Message-ID we give it instead of generating one when saved. */
    static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
