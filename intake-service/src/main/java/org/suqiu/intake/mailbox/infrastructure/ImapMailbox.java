package org.suqiu.intake.mailbox.infrastructure;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.suqiu.intake.mailbox.application.MailRecords;
import org.suqiu.intake.mailbox.application.ReceivingMail;
import org.suqiu.intake.mailbox.model.IncomingMail;
import org.suqiu.intake.mailbox.model.MailIdentity;
import org.suqiu.intake.mailbox.model.MalformedMail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * The IMAP poller (网上信箱收件) on a thread of its own: reads every mail in the folder, takes it
 * in, answers it, and MOVEs it to the processed folder — or, when it cannot be read, to the
 * quarantine folder with a record of why. Waits with IDLE where the server has it (woken by a
 * keepalive every {@code idle-keepalive}), else polls every {@code poll-interval}. A failure of the
 * server or of the store ends the round, never the poller: it reconnects after {@code poll-interval},
 * and the mail still in the folder is read again (the same Message-ID is the same grievance).
 */
public class ImapMailbox implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImapMailbox.class);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    private final MailboxProperties properties;
    private final MailReader reader;
    private final ReceivingMail receiving;
    private final MailRecords records;
    private final SmtpReplies replies;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Store store;
    private volatile ScheduledExecutorService keepalive;

    public ImapMailbox(MailboxProperties properties, MailReader reader, ReceivingMail receiving, MailRecords records,
            SmtpReplies replies) {
        this.properties = properties;
        this.reader = reader;
        this.receiving = receiving;
        this.records = records;
        this.replies = replies;
    }

    @Override
    public synchronized void start() {
        running = true;
        keepalive = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mailbox-keepalive");
            t.setDaemon(true);
            return t;
        });
        thread = new Thread(this::run, "mailbox-poller");
        thread.setDaemon(true);
        thread.start();
        log.info("Mailbox poller started for {}", properties);
    }

    @Override
    public synchronized void stop() {
        running = false;
        closeQuietly();
        if (keepalive != null) {
            keepalive.shutdownNow();
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                Folder inbox = connect();
                while (running) {
                    readAll(inbox);
                    waitForMail(inbox);
                }
            } catch (Exception e) {
                if (running) {
                    log.warn("Mailbox round failed, reconnecting in {}: {}", properties.pollInterval(), e.toString());
                    pause();
                }
            } finally {
                closeQuietly();
            }
        }
    }

    private Folder connect() throws MessagingException {
        Properties settings = new Properties();
        String protocol = properties.ssl() ? "imaps" : "imap";
        settings.put("mail.store.protocol", protocol);
        settings.put("mail." + protocol + ".connectiontimeout", "10000");
        settings.put("mail." + protocol + ".timeout", "60000");
        Store opened = Session.getInstance(settings).getStore(protocol);
        opened.connect(properties.host(), properties.port(), properties.username(), properties.password());
        store = opened;
        Folder inbox = opened.getFolder(properties.folder());
        inbox.open(Folder.READ_WRITE);
        for (String name : new String[] {properties.processedFolder(), properties.quarantineFolder()}) {
            Folder folder = opened.getFolder(name);
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
        }
        return inbox;
    }

    void readAll(Folder inbox) throws MessagingException {
        for (Message message : inbox.getMessages()) {
            if (!running) {
                return;
            }
            if (message.isExpunged() || message.isSet(Flags.Flag.DELETED)) {
                continue;
            }
            handle(inbox, message);
        }
    }

    private void handle(Folder inbox, Message message) throws MessagingException {
        IncomingMail mail;
        try {
            mail = reader.read((MimeMessage) message);
        } catch (MalformedMail malformed) {
            String key = "quarantine." + uid(inbox, message);
            log.warn("Mail {} quarantined: {}", key, malformed.reason());
            records.quarantined(key, malformed.reason(), malformed.getMessage()).block(STORE_TIMEOUT);
            move(inbox, message, properties.quarantineFolder());
            return;
        }
        ReceivingMail.Outcome outcome;
        try {
            outcome = receiving.receive(mail).block(STORE_TIMEOUT);
        } catch (IllegalArgumentException refused) {
            String key = MailIdentity.externalId(mail);
            log.warn("Mail {} quarantined: {}", key, refused.getMessage());
            records.quarantined(key, "refused-input", refused.getMessage()).block(STORE_TIMEOUT);
            move(inbox, message, properties.quarantineFolder());
            return;
        }
        reply(mail, outcome);
        move(inbox, message, properties.processedFolder());
    }

    private void reply(IncomingMail mail, ReceivingMail.Outcome outcome) {
        if (mail.automatic() || replies == null) {
            return;
        }
        String text = null;
        if (outcome instanceof ReceivingMail.Accepted accepted && accepted.replyDue()) {
            text = MailReplies.accepted(accepted);
        } else if (outcome instanceof ReceivingMail.Refused refused) {
            text = MailReplies.refused(refused);
        }
        if (text == null) {
            return;
        }
        try {
            replies.send(mail, text);
            if (outcome instanceof ReceivingMail.Accepted) {
                records.replied(outcome.externalId()).block(STORE_TIMEOUT);
            }
        } catch (MessagingException e) {
            // the grievance is taken in; a missed reply is logged and not retried (the reply is a courtesy)
            log.warn("Could not send the automatic reply to mail {}: {}", outcome.externalId(), e.toString());
        }
    }

    private void move(Folder inbox, Message message, String target) throws MessagingException {
        Folder destination = store.getFolder(target);
        if (inbox instanceof IMAPFolder imap && store instanceof IMAPStore imapStore && imapStore.hasCapability("MOVE")) {
            imap.moveMessages(new Message[] {message}, destination);
            return;
        }
        inbox.copyMessages(new Message[] {message}, destination);
        message.setFlag(Flags.Flag.DELETED, true);
        inbox.expunge();
    }

    /**
     * IDLE until the server reports a change. A mail that arrived while the last round ran is seen
     * by the NOOP before idling (it is read at once); one that slips in between is picked up by the
     * keepalive, whose NOOP (through {@code doCommand}) ends the IDLE.
     */
    private void waitForMail(Folder inbox) throws MessagingException {
        if (properties.idle() && store instanceof IMAPStore imapStore && imapStore.hasCapability("IDLE")
                && inbox instanceof IMAPFolder imap) {
            noop(imap);
            if (imap.getMessageCount() > 0) {
                return;
            }
            ScheduledFuture<?> wake = keepalive.schedule(() -> {
                try {
                    noop(imap);
                } catch (MessagingException | RuntimeException e) {
                    log.debug("Mailbox keepalive: {}", e.toString());
                }
            }, properties.idleKeepalive().toMillis(), TimeUnit.MILLISECONDS);
            try {
                imap.idle(true);
            } finally {
                wake.cancel(false);
            }
            return;
        }
        pause();
        if (inbox instanceof IMAPFolder imap) {
            noop(imap);
        } else {
            inbox.getMessageCount();
        }
    }

    private static void noop(IMAPFolder folder) throws MessagingException {
        folder.doCommand(protocol -> {
            protocol.noop();
            return null;
        });
    }

    private String uid(Folder inbox, Message message) {
        try {
            return inbox instanceof IMAPFolder imap ? imap.getUIDValidity() + "." + imap.getUID(message)
                    : "n" + message.getMessageNumber();
        } catch (MessagingException e) {
            return "n" + message.getMessageNumber();
        }
    }

    private void pause() {
        try {
            Thread.sleep(properties.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void closeQuietly() {
        Store current = store;
        store = null;
        if (current != null) {
            try {
                current.close();
            } catch (MessagingException | RuntimeException e) {
                log.debug("Closing the mailbox: {}", e.toString());
            }
        }
    }
}
