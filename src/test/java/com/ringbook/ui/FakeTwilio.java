package com.ringbook.ui;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of Twilio's REST API for "Test connection": the account and its incoming numbers,
 * behind HTTP Basic auth with the Account SID and auth token. (The carrier tests' FakeTwilioServer is
 * package-private to its package; this one serves the console's tests and screenshots.)
 */
public final class FakeTwilio implements AutoCloseable {
    private static final Pattern PATH =
            Pattern.compile("^/2010-04-01/Accounts/(AC[0-9a-fA-F]{32})(\\.json|/(IncomingPhoneNumbers|Calls|Messages)\\.json)$");

    private final String accountSid;
    private final String authToken;
    private final HttpServer server;
    private final List<String> numbers = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile long delayMillis;

    private FakeTwilio(String accountSid, String authToken) throws IOException {
        this.accountSid = accountSid;
        this.authToken = authToken;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-twilio-ui");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::serve);
        server.start();
    }

    public static FakeTwilio start(String accountSid, String authToken) {
        try {
            return new FakeTwilio(accountSid, authToken);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeTwilio addIncomingNumber(String e164) {
        numbers.add(e164);
        return this;
    }

    /** Each answer waits this long first, so a test can see the check in progress. */
    public void delay(long millis) {
        delayMillis = millis;
    }

    /** The requests received, as "GET /path". */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            String expected = "Basic " + Base64.getEncoder().encodeToString(
                    (accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                respond(exchange, 401, error(401, 20003, "Authenticate"));
                return;
            }
            Matcher m = PATH.matcher(exchange.getRequestURI().getPath());
            if (!exchange.getRequestMethod().equals("GET") || !m.matches() || !m.group(1).equals(accountSid)) {
                respond(exchange, 404, error(404, 20404, "The requested resource was not found"));
                return;
            }
            String resource = m.group(3) == null ? "Account" : m.group(3);
            respond(exchange, 200, switch (resource) {
                case "Account" -> account();
                case "IncomingPhoneNumbers" -> numbers(exchange.getRequestURI().getRawQuery());
                // A quiet line: no calls, no texts, so a console pointed here polls happily.
                default -> page(resource.toLowerCase(java.util.Locale.ROOT), resource, List.of());
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String account() {
        return "{\"sid\":\"" + accountSid + "\",\"owner_account_sid\":\"" + accountSid + "\","
                + "\"friendly_name\":\"Harbor Plumbing\",\"status\":\"active\",\"type\":\"Full\","
                + "\"date_created\":\"Tue, 24 Nov 2026 20:00:00 +0000\",\"date_updated\":\"Tue, 24 Nov 2026 20:00:00 +0000\","
                + "\"uri\":\"/2010-04-01/Accounts/" + accountSid + ".json\"}";
    }

    private String numbers(String rawQuery) {
        String wanted = null;
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (pair.startsWith("PhoneNumber=")) {
                    wanted = URLDecoder.decode(pair.substring("PhoneNumber=".length()), StandardCharsets.UTF_8);
                }
            }
        }
        List<String> rows = new ArrayList<>();
        for (String n : numbers) {
            if (wanted == null || wanted.equals(n)) {
                rows.add("{\"sid\":\"PN" + String.format("%032x", n.hashCode() & 0xffffffffL) + "\",\"account_sid\":\""
                        + accountSid + "\",\"phone_number\":\"" + n + "\",\"friendly_name\":\"" + n + "\"}");
            }
        }
        return page("incoming_phone_numbers", "IncomingPhoneNumbers", rows);
    }

    private String page(String key, String resource, List<String> rows) {
        String path = "/2010-04-01/Accounts/" + accountSid + "/" + resource + ".json";
        return "{\"" + key + "\":[" + String.join(",", rows) + "],"
                + "\"uri\":\"" + path + "?PageSize=50&Page=0\",\"first_page_uri\":\"" + path + "?PageSize=50&Page=0\","
                + "\"previous_page_uri\":null,\"next_page_uri\":null,\"page\":0,\"page_size\":50,\"start\":0,"
                + "\"end\":" + (rows.size() - 1) + "}";
    }

    private static String error(int status, int code, String message) {
        return "{\"code\":" + code + ",\"message\":\"" + message + "\",\"more_info\":\"https://www.twilio.com/docs/errors/"
                + code + "\",\"status\":" + status + "}";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
