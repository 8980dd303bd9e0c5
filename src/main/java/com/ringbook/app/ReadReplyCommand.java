package com.ringbook.app;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.ringbook.reading.Reading;
import com.ringbook.reading.ReplyContext;
import com.ringbook.reading.ReplyReader;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ringbook read-reply [--slots N]}: how Ringbook reads customers' replies, for support and scripts. One reply
 * a line on stdin (UTF-8; bytes that are not are read as a replacement character), one JSON object a line on stdout
 * (UTF-8), in the same order, a line out for every line in, whatever it holds:
 * {@code {"reply": "...", "intent": "...", "slot": 1, "when": "2026-11-25T16:00", "address": null}}.
 *
 * <p>It needs no data dir and opens nothing in one, starts no engine, logs nothing and never touches the FX
 * toolkit. Days and times are read against now in {@code RINGBOOK_TIMEZONE} when it is set, else the machine's zone.
 */
final class ReadReplyCommand {
    /** The command's own options; each takes a value. */
    static final Set<String> OPTIONS = Set.of("--slots");

    static final int DEFAULT_SLOTS = 2;

    /** The business's time zone for this run, as for the engine. */
    static final String TIMEZONE = "RINGBOOK_TIMEZONE";

    private static final String USAGE = "Usage: ringbook read-reply [--slots N] < replies.txt";

    private ReadReplyCommand() {
    }

    static String valueName(String option) {
        return "a number of slots (1 to " + ReplyContext.MAX_SLOTS + ")";
    }

    /**
     * @param options the command's options as name-value pairs
     * @return the exit code: 0 once every line is answered, 2 for a mistake on the command line or a bad time zone
     */
    static int run(List<String> options, Map<String, String> env, Clock clock, InputStream in, PrintStream out,
                   PrintStream err) {
        int slots = DEFAULT_SLOTS;
        ZoneId zone;
        try {
            for (int i = 0; i + 1 < options.size(); i += 2) {
                slots = slots(options.get(i + 1));
            }
            zone = zone(env);
        } catch (IllegalArgumentException | DateTimeException e) {
            err.println("ringbook read-reply: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        ReplyReader reader = ReplyReader.standard();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        JsonFactory json = new JsonFactory();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, utf8), 1 << 16)) {
            OutputStream sink = out;
            ByteArrayOutputStream pending = new ByteArrayOutputStream(1 << 16);
            String line;
            boolean first = true;
            while ((line = lines.readLine()) != null) {
                if (first && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a byte order mark is not part of the reply
                }
                first = false;
                Reading reading;
                try {
                    reading = reader.read(line, ReplyContext.of(clock.instant(), zone, slots));
                } catch (RuntimeException e) {
                    reading = Reading.unclear(); // never a missing line
                }
                write(json, pending, line, reading);
                if (pending.size() >= 1 << 15 || !lines.ready()) {
                    pending.writeTo(sink);
                    sink.flush();
                    pending.reset();
                    if (out.checkError()) {
                        return 0; // nobody is reading any more (a closed pipe)
                    }
                }
            }
            pending.writeTo(sink);
            sink.flush();
        } catch (IOException e) {
            err.println("ringbook read-reply: cannot read the replies: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static void write(JsonFactory json, ByteArrayOutputStream to, String reply, Reading reading)
            throws IOException {
        try (JsonGenerator g = json.createGenerator(to, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("reply", reply);
            g.writeStringField("intent", reading.intent().wireName());
            if (reading.slot() == null) {
                g.writeNullField("slot");
            } else {
                g.writeNumberField("slot", reading.slot());
            }
            if (reading.when() == null) {
                g.writeNullField("when");
            } else {
                g.writeStringField("when", reading.when().toString());
            }
            if (reading.address() == null) {
                g.writeNullField("address");
            } else {
                g.writeStringField("address", reading.address());
            }
            g.writeEndObject();
        }
        to.write('\n');
    }

    static int slots(String value) {
        String v = value.strip();
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--slots \"" + value + "\" is not a number: say how many slots the "
                    + "answered text offered, 1 to " + ReplyContext.MAX_SLOTS);
        }
        if (n < 1 || n > ReplyContext.MAX_SLOTS) {
            throw new IllegalArgumentException("--slots " + n + ": an offer holds 1 to " + ReplyContext.MAX_SLOTS
                    + " slots");
        }
        return n;
    }

    /** RINGBOOK_TIMEZONE when set (checked like the setting), else the machine's zone. */
    static ZoneId zone(Map<String, String> env) {
        String value = env.get(TIMEZONE);
        if (value == null || value.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Unknown time zone \"" + value + "\" in " + TIMEZONE
                    + ". Use a name like America/Chicago.");
        }
    }
}
