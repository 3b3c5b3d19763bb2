package org.suqiu.intake.mailbox.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code suqiu.intake.mailbox.*}: the IMAP mailbox intake reads (off unless {@code enabled} and a
 * {@code host} are set), its folders, and the SMTP server the automatic replies go through.
 */
@ConfigurationProperties("suqiu.intake.mailbox")
public record MailboxProperties(boolean enabled, String host, Integer port, boolean ssl, String username, String password,
        String folder, String processedFolder, String quarantineFolder, Duration pollInterval, Duration idleKeepalive,
        Boolean idle, Smtp smtp) {

    /** The SMTP server for the automatic replies. */
    public record Smtp(String host, Integer port, boolean ssl, String username, String password, String from) {

        @Override
        public String toString() {
            return "Smtp[" + host + ":" + port + "]";
        }
    }

    public MailboxProperties {
        port = port == null ? (ssl ? 993 : 143) : port;
        folder = folder == null ? "INBOX" : folder;
        processedFolder = processedFolder == null ? "Processed" : processedFolder;
        quarantineFolder = quarantineFolder == null ? "Quarantine" : quarantineFolder;
        pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
        idleKeepalive = idleKeepalive == null ? Duration.ofMinutes(1) : idleKeepalive;
        idle = idle == null || idle;
    }

    public boolean active() {
        return enabled && host != null && !host.isBlank();
    }

    @Override
    public String toString() {
        return "MailboxProperties[" + host + ":" + port + "/" + folder + "]";
    }
}
