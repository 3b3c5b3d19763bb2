package org.suqiu.local;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The demo city's mail server: a real SMTP and IMAP server (GreenMail) on 127.0.0.1, holding the
 * 网上信箱 mailbox that intake polls and receiving every mail the services send (replies to
 * citizens, alerts to staff). Mail is in memory only; a restart empties it.
 */
public final class DemoMail implements AutoCloseable {

    /** The public mailbox citizens write to; intake polls it over IMAP (login {@link #LOGIN}). */
    public static final String MAILBOX = "xinxiang@suqiu.local";
    public static final String LOGIN = "xinxiang";
    public static final String PASSWORD = "demo-mailbox";

    private final GreenMail server;

    private DemoMail(GreenMail server) {
        this.server = server;
    }

    public static DemoMail start(int smtpPort, int imapPort) {
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        server.setUser(MAILBOX, LOGIN, PASSWORD);
        return new DemoMail(server);
    }

    public int smtpPort() {
        return server.getSmtp().getPort();
    }

    public int imapPort() {
        return server.getImap().getPort();
    }

    @Override
    public void close() {
        server.stop();
    }
}
