package com.loyaltybatch.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The real SMTP server of the tests, GreenMail on a free loopback port, for one test class. Like
 * a real relay it rejects unknown users: any recipient whose address starts with
 * {@value #REJECTED_PREFIX} gets {@code 550 5.1.1 ... User unknown} at RCPT TO; and like a
 * greylisting relay it answers {@code 451 4.7.1} the first time it sees a recipient starting
 * with {@value #GREYLISTED_PREFIX}.
 * <p>
 * The server starts before the class's first test and stops after its last; the mail it received
 * is emptied right before each test runs, after the test's {@code @BeforeEach} set-up. Its port is
 * chosen once, when the extension is made, and kept across {@link #stop()} and {@link #start()},
 * so the application context cached for the class keeps pointing at it:
 * <pre>
 * &#64;RegisterExtension
 * static final SmtpServerExtension smtp = new SmtpServerExtension();
 *
 * &#64;DynamicPropertySource
 * static void mail(DynamicPropertyRegistry registry) {
 *     smtp.register(registry);
 * }
 * </pre>
 */
public final class SmtpServerExtension implements BeforeAllCallback, BeforeTestExecutionCallback, AfterAllCallback {

    public static final String REJECTED_PREFIX = "rejected";
    public static final String GREYLISTED_PREFIX = "greylisted";

    private final Set<String> greylisted = ConcurrentHashMap.newKeySet();
    private final int port = freePort();
    private final GreenMail server = new RejectingGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Override
    public void beforeAll(ExtensionContext context) {
        server.start();
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) throws FolderException {
        server.purgeEmailFromAllMailboxes();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    /** Points the application's mail settings at this server. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", this::port);
    }

    /** The server's port, known before it starts (a per-class test instance gets its context first). */
    public int port() {
        return port;
    }

    /** Takes the server down, as a relay that is not there; {@link #start()} brings it back on the same port. */
    public void stop() {
        server.stop();
    }

    public void start() {
        server.start();
    }

    /** Every message received since the test started, in order of arrival. */
    public MimeMessage[] getReceivedMessages() {
        return server.getReceivedMessages();
    }

    /** The recipient of every message received, in order of arrival. */
    public List<String> recipients() {
        return Arrays.stream(getReceivedMessages()).map(message -> {
            try {
                return message.getAllRecipients()[0].toString();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** How many messages each recipient received. */
    public Map<String, Long> receivedPerRecipient() {
        return recipients().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GreenMail with the recipient checks of a real relay. */
    private final class RejectingGreenMail extends GreenMail {

        RejectingGreenMail(ServerSetup setup) {
            super(setup);
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
    }
}
