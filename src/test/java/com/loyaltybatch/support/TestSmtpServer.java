package com.loyaltybatch.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail, the real SMTP server of the tests, on a free loopback port. Like a real relay it
 * rejects unknown users: any recipient whose address starts with {@code rejected} gets
 * {@code 550 5.1.1 ... User unknown} at RCPT TO.
 */
public class TestSmtpServer extends GreenMail {

    public static final String REJECTED_PREFIX = "rejected";

    public TestSmtpServer() {
        super(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    public int port() {
        return getSmtp().getPort();
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        SmtpManager rejecting = new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress address) {
                return address.getEmail().startsWith(REJECTED_PREFIX)
                        ? "550 5.1.1 <" + address.getEmail() + ">: Recipient address rejected: User unknown"
                        : null;
            }
        };
        return super.createServices(config, new Managers() {
            @Override
            public SmtpManager getSmtpManager() {
                return rejecting;
            }

            @Override
            public UserManager getUserManager() {
                return managers.getUserManager();
            }

            @Override
            public ImapHostManager getImapHostManager() {
                return managers.getImapHostManager();
            }
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
