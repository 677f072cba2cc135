package com.loyaltybatch.support;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * A fast SMTP sink on a free loopback port that accepts every message and records its recipient.
 * GreenMail parses and stores every message, which makes it too slow to put a statement run under
 * pressure; this sink only reads lines. {@link #onAccepted} sees the running count of accepted
 * messages after a message's final dot and before the server's {@code 250} goes back, the moment
 * at which a real relay has the message but the client does not yet know it.
 */
public final class RecordingSmtpSink implements AutoCloseable {

    private final ServerSocket server;
    private final ConcurrentLinkedQueue<String> recipients = new ConcurrentLinkedQueue<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile IntConsumer onAccepted = count -> {
    };

    public RecordingSmtpSink() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::acceptConnections, "smtp-sink-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Called with the count of accepted messages, on the connection's thread, before it replies. */
    public void onAccepted(IntConsumer hook) {
        this.onAccepted = hook;
    }

    public int accepted() {
        return accepted.get();
    }

    public List<String> recipients() {
        return new ArrayList<>(recipients);
    }

    public Map<String, Long> receivedPerRecipient() {
        return recipients.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private void acceptConnections() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread session = new Thread(() -> converse(socket), "smtp-sink-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket;
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.ISO_8859_1));
                Writer out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(),
                        StandardCharsets.ISO_8859_1))) {
            reply(out, "220 sink ESMTP");
            String recipient = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT)
                        : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO" -> reply(out, "250-sink\r\n250 8BITMIME");
                    case "HELO", "NOOP", "RSET" -> reply(out, "250 OK");
                    case "MAIL" -> {
                        recipient = null;
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        recipient = address(line);
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                            // the body only needs reading
                        }
                        recipients.add(recipient);
                        onAccepted.accept(accepted.incrementAndGet());
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 command not implemented");
                }
            }
        } catch (IOException gone) {
            // the client went away (or was killed)
        }
    }

    private static String address(String line) {
        int open = line.indexOf('<');
        int close = line.indexOf('>', open + 1);
        return open >= 0 && close > open ? line.substring(open + 1, close) : line.substring(line.indexOf(':') + 1).strip();
    }

    private static void reply(Writer out, String text) throws IOException {
        out.write(text);
        out.write("\r\n");
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
