package com.loyaltybatch.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only file of a statement run's delivery marks, kept beside an embedded H2 database,
 * one line per mark. H2 writes committed changes to its file in the background, so a process
 * killed with SIGKILL loses its last moments of commits; a line appended here is in the
 * operating system the moment {@code write} returns, and survives the process. The journal only
 * has to cover what H2 may not have written yet: it is emptied after each {@code CHECKPOINT}
 * and replayed into the database when the next run opens.
 * <p>
 * A line is {@code TYPE TAB account TAB email TAB message-id TAB reply}, with tabs, newlines and
 * backslashes escaped. A line cut short by the kill (no newline) is ignored: its mark was never
 * complete, and the message it would have covered had not left.
 */
final class DeliveryJournal implements AutoCloseable {

    enum Type {
        /** Recorded SENDING for the first time. */
        FIRST,
        /** Recorded SENDING again, uncertain. */
        AGAIN,
        SENT,
        FAILED,
        /** A SENDING record forgotten: the message surely did not reach the server. */
        RELEASED
    }

    record Entry(Type type, String accountId, String email, String messageId, String reply) {
    }

    private final Path file;
    private final FileChannel channel;

    private DeliveryJournal(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    static DeliveryJournal open(Path file) {
        try {
            return new DeliveryJournal(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the delivery journal " + file, e);
        }
    }

    Path file() {
        return file;
    }

    /** The complete entries of a journal, in the order they were written; none when it is absent. */
    static List<Entry> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the delivery journal " + file, e);
        }
        List<Entry> entries = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
            String[] fields = text.substring(start, end).split("\t", -1);
            entries.add(new Entry(Type.valueOf(fields[0]), unescape(fields[1]), unescape(fields[2]),
                    unescape(fields[3]), unescape(fields[4])));
        }
        return entries;
    }

    /** Appends entries in one write: they survive the process together or not at all, nearly. */
    synchronized void append(Entry... entries) {
        StringBuilder lines = new StringBuilder(160 * entries.length);
        for (Entry entry : entries) {
            lines.append(entry.type().name()).append('\t').append(escape(entry.accountId())).append('\t')
                    .append(escape(entry.email())).append('\t').append(escape(entry.messageId())).append('\t')
                    .append(escape(entry.reply())).append('\n');
        }
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(lines.toString());
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the delivery journal " + file, e);
        }
    }

    /** Empties the journal, once what it covers is in the database file. */
    synchronized void clear() {
        try {
            channel.truncate(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the delivery journal " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the delivery journal " + file, e);
        }
    }

    /** Closes and removes the journal. */
    void delete() {
        close();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the delivery journal " + file, e);
        }
    }

    private static String escape(String value) {
        if (value == null) {
            return "\\0";
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String value) {
        if (value.equals("\\0")) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
