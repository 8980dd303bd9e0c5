package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ringbook read-reply} run through the launcher's entry, as the command line runs it. */
class ReadReplyCommandTest {
    /** 14:00 in New York on Monday 23 November 2026. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T19:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, String> NEW_YORK = Map.of("RINGBOOK_TIMEZONE", "America/New_York");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Outcome(int exitCode, String out, String err) {
        List<JsonNode> objects() throws IOException {
            List<JsonNode> objects = new ArrayList<>();
            for (String line : out.split("\n", -1)) {
                if (!line.isEmpty()) {
                    objects.add(JSON.readTree(line));
                }
            }
            return objects;
        }
    }

    private Outcome run(byte[] stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, env, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** read-reply with these options, in New York. */
    private Outcome run(String stdin, String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "read-reply";
        System.arraycopy(options, 0, args, 1, options.length);
        return run(stdin.getBytes(StandardCharsets.UTF_8), NEW_YORK, args);
    }

    @Test
    void eachLineInIsOneJsonObjectOutWithTheFieldsInOrder() throws IOException {
        Outcome o = run("2\ntmrw at 4?\nhow much?\nwe're at 45 Oak Ave\nSTOP\n");
        assertThat(o.exitCode()).isZero();
        assertThat(o.err()).isEmpty();
        assertThat(o.out()).startsWith("{\"reply\":\"2\",\"intent\":\"choose_slot\",\"slot\":2,\"when\":null,"
                + "\"address\":null}\n");
        List<JsonNode> objects = o.objects();
        assertThat(objects).hasSize(5);
        for (JsonNode object : objects) {
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("reply", "intent", "slot", "when", "address");
        }
        assertThat(objects.get(1).get("intent").asText()).isEqualTo("other_time");
        assertThat(objects.get(1).get("when").asText()).isEqualTo("2026-11-24T16:00");
        assertThat(objects.get(2).get("intent").asText()).isEqualTo("question");
        assertThat(objects.get(3).get("address").asText()).isEqualTo("45 Oak Ave");
        assertThat(objects.get(4).get("intent").asText()).isEqualTo("stop");
    }

    @Test
    void afterOneSlotAPlainAgreementIsThatSlot() throws IOException {
        JsonNode one = run("sure, that works\n", "--slots", "1").objects().get(0);
        assertThat(one.get("intent").asText()).isEqualTo("choose_slot");
        assertThat(one.get("slot").asInt()).isEqualTo(1);
        JsonNode two = run("sure, that works\n").objects().get(0);
        assertThat(two.get("intent").asText()).isEqualTo("yes");
        assertThat(run("3\n", "--slots=3").objects().get(0).get("slot").asInt()).isEqualTo(3);
    }

    @Test
    void oddLinesAreUnclearAndNoneIsLost() throws IOException {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write("\n".getBytes(StandardCharsets.UTF_8));                                  // empty
        in.write(("yes ".repeat(2500) + "\n").getBytes(StandardCharsets.UTF_8));         // 10,000 characters
        in.write("🦄🌮🎈\n".getBytes(StandardCharsets.UTF_8));                             // emoji only
        in.write(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28, 0x00, 0x07, '\n'}); // stray bytes
        in.write("   \t  \r\n".getBytes(StandardCharsets.UTF_8));                         // blanks, CRLF
        in.write("\"quoted\" \\ back\\slash\n".getBytes(StandardCharsets.UTF_8));          // JSON's own marks
        in.write("no newline at the end".getBytes(StandardCharsets.UTF_8));
        Outcome o = run(in.toByteArray(), NEW_YORK);
        assertThat(o.exitCode()).isZero();
        List<JsonNode> objects = o.objects();
        assertThat(objects).hasSize(7);
        for (int i = 0; i < 5; i++) {
            assertThat(objects.get(i).get("intent").asText()).as("line " + (i + 1)).isEqualTo("unclear");
        }
        assertThat(objects.get(0).get("reply").asText()).isEmpty();
        assertThat(objects.get(1).get("reply").asText()).hasSize(10_000);
        assertThat(objects.get(3).get("reply").asText()).contains("\uFFFD");
        assertThat(objects.get(5).get("reply").asText()).isEqualTo("\"quoted\" \\ back\\slash");
        assertThat(objects.get(6).get("reply").asText()).isEqualTo("no newline at the end");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstReply() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1', '\n'};
        JsonNode first = run(bom, NEW_YORK).objects().get(0);
        assertThat(first.get("reply").asText()).isEqualTo("1");
        assertThat(first.get("slot").asInt()).isEqualTo(1);
    }

    @Test
    void thousandsOfLinesComeBackInOrder() throws IOException {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            in.append(i % 3 == 0 ? "1" : i % 3 == 1 ? "friday at 10?" : "how long will it take").append('\n');
        }
        List<JsonNode> objects = run(in.toString()).objects();
        assertThat(objects).hasSize(3000);
        Iterator<JsonNode> it = objects.iterator();
        for (int i = 0; i < 3000; i++) {
            assertThat(it.next().get("intent").asText())
                    .isEqualTo(i % 3 == 0 ? "choose_slot" : i % 3 == 1 ? "other_time" : "question");
        }
    }

    @Test
    void daysAreReadInTheBusinesssZoneOrTheMachinesAndNeedNoDataDir() throws IOException {
        Path data = dir.resolve("nothing-here");
        JsonNode auckland = run("tomorrow?\n".getBytes(StandardCharsets.UTF_8),
                Map.of("RINGBOOK_TIMEZONE", "Pacific/Auckland"), "read-reply", "--data-dir", data.toString())
                .objects().get(0);
        assertThat(auckland.get("when").asText()).isEqualTo("2026-11-25"); // already the 24th there
        assertThat(Files.exists(data)).isFalse();
        JsonNode machine = run("tomorrow?\n".getBytes(StandardCharsets.UTF_8), Map.of()).objects().get(0);
        assertThat(machine.get("when").asText()).isEqualTo(
                CLOCK.instant().atZone(java.time.ZoneId.systemDefault()).toLocalDate().plusDays(1).toString());
    }

    @Test
    void mistakesAreNamedAndNothingIsRead() {
        Outcome zero = run("1\n", "--slots", "0");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("--slots 0").contains("1 to 9");
        assertThat(zero.out()).isEmpty();
        assertThat(run("1\n", "--slots", "two").err()).contains("not a number");
        assertThat(run("1\n", "--slots").err()).contains("--slots needs a number of slots");
        Outcome zone = run("1\n".getBytes(StandardCharsets.UTF_8), Map.of("RINGBOOK_TIMEZONE", "Mars/Olympus"));
        assertThat(zone.exitCode()).isEqualTo(2);
        assertThat(zone.err()).contains("Unknown time zone \"Mars/Olympus\"");
        assertThat(run("1\n", "--from", "2026-11-25").err()).contains("unknown option \"--from\"");
    }

    private Outcome run(byte[] stdin, Map<String, String> env) {
        return run(stdin, env, "read-reply");
    }
}
