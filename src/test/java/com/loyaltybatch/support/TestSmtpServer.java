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
 * {@code 550 5.1.1 ... User unknown} at RCPT TO; and like a greylisting relay it answers
 * {@code 451 4.7.1} the first time it sees a recipient starting with {@code greylisted}.
 */
public class TestSmtpServer extends GreenMail {

    public static final String REJECTED_PREFIX = "rejected";
    public static final String GREYLISTED_PREFIX = "greylisted";

    private final java.util.Set<String> greylisted = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public TestSmtpServer() {
        super(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    public int port() {
        return getSmtp().getPort();
    }

    /** Points the application's mail settings at this server. */
    public void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", this::port);
    }

    /** The recipient of every message received, in order of arrival. */
    public java.util.List<String> recipients() {
        return java.util.Arrays.stream(getReceivedMessages()).map(message -> {
            try {
                return message.getAllRecipients()[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** How many messages each recipient received. */
    public java.util.Map<String, Long> receivedPerRecipient() {
        return recipients().stream().collect(java.util.stream.Collectors.groupingBy(
                java.util.function.Function.identity(), java.util.stream.Collectors.counting()));
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        SmtpManager rejecting = new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress address) {
                String email = address.getEmail();
                if (email.startsWith(REJECTED_PREFIX)) {
                    return "550 5.1.1 <" + email + ">: Recipient address rejected: User unknown";
                }
                if (email.startsWith(GREYLISTED_PREFIX) && greylisted.add(email)) {
                    return "451 4.7.1 <" + email + ">: Recipient address rejected: Greylisted, try again later";
                }
                return null;
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
