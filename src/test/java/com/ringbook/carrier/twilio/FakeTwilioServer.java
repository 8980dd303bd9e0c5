package com.ringbook.carrier.twilio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small stand-in for api.twilio.com, close enough that the real SDK can talk to it: basic auth with
 * Twilio's 401 body, the 2010-04-01 account, call, message and incoming-number resources, Twilio's
 * paging (next_page_uri with Page and PageToken, newest first), whole-day date filters and RFC 2822
 * dates, and faults on demand (5xx, 429, a connection dropped after the text was taken, error codes).
 */
public final class FakeTwilioServer implements AutoCloseable {

    static final DateTimeFormatter RFC2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);
    private static final Pattern PATH = Pattern.compile("^/2010-04-01/Accounts/(AC[0-9a-fA-F]{32})(\\.json|/([A-Za-z]+)\\.json)$");
    private static final int DEFAULT_PAGE_SIZE = 50;

    /** A call as Twilio lists it; fields are set fluently and may change later (a call ends). */
    static final class FakeCall {
        final String sid;
        String parentSid;
        String from;
        String to;
        String direction = "inbound";
        String status = "completed";
        Instant start;
        Instant end;
        Integer duration;
        String answeredBy;

        FakeCall(String sid) {
            this.sid = sid;
        }

        FakeCall from(String v) {
            from = v;
            return this;
        }

        FakeCall to(String v) {
            to = v;
            return this;
        }

        FakeCall direction(String v) {
            direction = v;
            return this;
        }

        FakeCall status(String v) {
            status = v;
            return this;
        }

        FakeCall parent(String v) {
            parentSid = v;
            return this;
        }

        FakeCall answeredBy(String v) {
            answeredBy = v;
            return this;
        }

        /** Started at {@code at}, lasting {@code seconds}; an ended call gets its end time. */
        FakeCall at(Instant at, int seconds) {
            start = at;
            duration = seconds;
            end = at.plusSeconds(seconds + 20);
            return this;
        }

        FakeCall ongoing(Instant at) {
            start = at;
            duration = null;
            end = null;
            return this;
        }
    }

    static final class FakeMessage {
        final String sid;
        final String from;
        final String to;
        final String body;
        final String direction;
        final Instant created;
        volatile String status;
        volatile Instant sent;
        volatile Integer errorCode;
        volatile String errorMessage;
        volatile String statusCallback;

        FakeMessage(String sid, String from, String to, String body, String direction, String status, Instant created, Instant sent) {
            this.sid = sid;
            this.from = from;
            this.to = to;
            this.body = body;
            this.direction = direction;
            this.status = status;
            this.created = created;
            this.sent = sent;
        }
    }

    /** What the next POST to Messages.json does instead of a plain 201. */
    static final class Fault {
        final int status;
        final String body;
        final Integer retryAfter;
        final boolean acceptFirst;
        final Duration delay;

        private Fault(int status, String body, Integer retryAfter, boolean acceptFirst, Duration delay) {
            this.status = status;
            this.body = body;
            this.retryAfter = retryAfter;
            this.acceptFirst = acceptFirst;
            this.delay = delay;
        }

        static Fault error(int status, int code, String message) {
            return new Fault(status, errorBody(status, code, message), null, false, null);
        }

        /** A gateway error page, not a Twilio JSON body. */
        static Fault htmlError(int status) {
            return new Fault(status, "<html><body>Service Unavailable</body></html>", null, false, null);
        }

        static Fault rateLimited(int retryAfterSeconds) {
            return new Fault(429, errorBody(429, 20429, "Too Many Requests"), retryAfterSeconds, false, null);
        }

        /** Twilio takes the text, then the connection drops before the answer. */
        static Fault dropAfterAccept() {
            return new Fault(0, null, null, true, null);
        }

        /** Twilio takes the text, then answers too late. */
        static Fault slowAfterAccept(Duration delay) {
            return new Fault(201, null, null, true, delay);
        }
    }

    /** Runs before a list page is served; may block, or return an HTTP status to fail the page with. */
    interface PageHook {
        Integer before(String resource, int page, Map<String, String> query) throws InterruptedException;
    }

    private final String accountSid;
    private final String authToken;
    private final Clock clock;
    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final List<FakeCall> calls = new ArrayList<>();
    private final List<FakeMessage> messages = new ArrayList<>();
    private final List<String> numbers = new ArrayList<>();
    private final Deque<Fault> postFaults = new ArrayDeque<>();
    private final Map<String, Fault> rejections = new HashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger sidCounter = new AtomicInteger();
    private volatile int maxPageSize = 1000;
    private volatile boolean holdQueued;
    private volatile PageHook pageHook = (resource, page, query) -> null;
    private volatile Duration responseDelay = Duration.ZERO;

    private FakeTwilioServer(String accountSid, String authToken, Clock clock) throws IOException {
        this.accountSid = accountSid;
        this.authToken = authToken;
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-twilio");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::serve);
        server.start();
    }

    public static FakeTwilioServer start(String accountSid, String authToken, Clock clock) {
        try {
            return new FakeTwilioServer(accountSid, authToken, clock);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ---- programming the fake ----

    synchronized FakeCall addCall(FakeCall call) {
        calls.add(call);
        return call;
    }

    synchronized void updateCall(String sid, Consumer<FakeCall> change) {
        change.accept(calls.stream().filter(c -> c.sid.equals(sid)).findFirst().orElseThrow());
    }

    synchronized FakeMessage addInboundText(String sid, String from, String to, String body, Instant at) {
        FakeMessage m = new FakeMessage(sid, from, to, body, "inbound", "received", at, at);
        messages.add(m);
        return m;
    }

    synchronized void setMessageStatus(String sid, String status, Integer errorCode, String errorMessage) {
        FakeMessage m = messages.stream().filter(x -> x.sid.equals(sid)).findFirst().orElseThrow();
        m.status = status;
        m.errorCode = errorCode;
        m.errorMessage = errorMessage;
        if (m.sent == null) {
            m.sent = clock.instant();
        }
    }

    public synchronized void addIncomingNumber(String e164) {
        numbers.add(e164);
    }

    synchronized void failNextPosts(Fault... faults) {
        postFaults.addAll(List.of(faults));
    }

    synchronized void rejectTexts(String to, int status, int code, String message) {
        rejections.put(to, Fault.error(status, code, message));
    }

    void maxPageSize(int size) {
        maxPageSize = size;
    }

    /** Texts stay queued, with no send date, as they do at Twilio under load. */
    void holdQueued(boolean hold) {
        holdQueued = hold;
    }

    void pageHook(PageHook hook) {
        pageHook = hook;
    }

    // ---- what happened ----

    synchronized List<FakeMessage> outboundTexts() {
        return messages.stream().filter(m -> !m.direction.equals("inbound")).toList();
    }

    long posts() {
        return requests.stream().filter(r -> r.startsWith("POST ")).count();
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    /** Every answer from now on comes this much later, as over a slow network. */
    public void delayResponses(Duration delay) {
        responseDelay = delay;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- serving ----

    private void serve(HttpExchange exchange) throws IOException {
        try {
            Thread.sleep(responseDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String method = exchange.getRequestMethod();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        requests.add(method + " " + exchange.getRequestURI());
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, errorBody(401, 20003, "Authenticate"), null);
            return;
        }
        Matcher m = PATH.matcher(exchange.getRequestURI().getPath());
        if (!m.matches() || !m.group(1).equals(accountSid)) {
            respond(exchange, 404, errorBody(404, 20404, "The requested resource " + exchange.getRequestURI().getPath()
                    + " was not found"), null);
            return;
        }
        String resource = m.group(3) == null ? "Account" : m.group(3);
        Map<String, String> query = decode(rawQuery);
        try {
            if (method.equals("POST") && resource.equals("Messages")) {
                create(exchange, decode(form));
                return;
            }
            if (!method.equals("GET")) {
                respond(exchange, 405, errorBody(405, 20004, "Method not allowed"), null);
                return;
            }
            switch (resource) {
                case "Account":
                    respond(exchange, 200, json.writeValueAsString(account()), null);
                    break;
                case "Calls":
                    list(exchange, "calls", resource, query, callRows(query));
                    break;
                case "Messages":
                    list(exchange, "messages", resource, query, messageRows(query));
                    break;
                case "IncomingPhoneNumbers":
                    list(exchange, "incoming_phone_numbers", resource, query, numberRows(query));
                    break;
                default:
                    respond(exchange, 404, errorBody(404, 20404, "Not found"), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private boolean authorized(String header) {
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
        return expected.equals(header);
    }

    private void create(HttpExchange exchange, Map<String, String> form) throws IOException, InterruptedException {
        Fault fault;
        synchronized (this) {
            fault = postFaults.poll();
            if (fault == null) {
                fault = rejections.get(form.get("To"));
            }
        }
        if (fault != null && !fault.acceptFirst) {
            respond(exchange, fault.status, fault.body, fault.retryAfter);
            return;
        }
        FakeMessage created;
        synchronized (this) {
            Instant now = clock.instant();
            created = new FakeMessage(String.format("SM%032x", sidCounter.incrementAndGet()), form.get("From"), form.get("To"),
                    form.get("Body"), "outbound-api", "queued", now, holdQueued ? null : now);
            created.statusCallback = form.get("StatusCallback");
            messages.add(created);
        }
        if (fault != null && fault.delay == null) {
            // Closing the exchange without an answer drops the connection, as a reset would.
            throw new IOException("connection dropped after the text was taken");
        }
        if (fault != null) {
            Thread.sleep(fault.delay.toMillis());
        }
        respond(exchange, 201, json.writeValueAsString(messageRow(created)), null);
    }

    private void list(HttpExchange exchange, String key, String resource, Map<String, String> query,
                          List<Map<String, Object>> rows) throws IOException, InterruptedException {
        int pageSize = Math.min(maxPageSize, Integer.parseInt(query.getOrDefault("PageSize", String.valueOf(DEFAULT_PAGE_SIZE))));
        int page = Integer.parseInt(query.getOrDefault("Page", "0"));
        Integer failWith = pageHook.before(resource, page, query);
        if (failWith != null) {
            respond(exchange, failWith, errorBody(failWith, 20500, "Internal Server Error"), null);
            return;
        }
        int from = page * pageSize;
        String token = query.get("PageToken");
        if (token != null) {
            // Like Twilio's PageToken: continue after the last record served, whatever arrived since.
            String afterSid = token.substring(2);
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).get("sid").equals(afterSid)) {
                    from = i + 1;
                }
            }
        }
        List<Map<String, Object>> slice = rows.subList(Math.min(from, rows.size()), Math.min(from + pageSize, rows.size()));
        Map<String, String> base = new LinkedHashMap<>(query);
        base.remove("Page");
        base.remove("PageToken");
        base.put("PageSize", String.valueOf(pageSize));
        String path = "/2010-04-01/Accounts/" + accountSid + "/" + resource + ".json";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(key, slice);
        body.put("uri", path + "?" + encode(base) + "&Page=" + page);
        body.put("first_page_uri", path + "?" + encode(base) + "&Page=0");
        body.put("previous_page_uri", null);
        boolean more = from + pageSize < rows.size();
        body.put("next_page_uri", more ? path + "?" + encode(base) + "&Page=" + (page + 1)
                + "&PageToken=" + encodeValue("PA" + slice.get(slice.size() - 1).get("sid")) : null);
        body.put("page", page);
        body.put("page_size", pageSize);
        body.put("start", from);
        body.put("end", from + slice.size() - 1);
        respond(exchange, 200, json.writeValueAsString(body), null);
    }

    private synchronized List<Map<String, Object>> callRows(Map<String, String> q) {
        Predicate<FakeCall> filter = c -> matches(q.get("To"), c.to) && matches(q.get("From"), c.from)
                && matches(q.get("ParentCallSid"), c.parentSid)
                && inDays(q, "StartTime", c.start != null ? c.start : clock.instant());
        return calls.stream().filter(filter)
                .sorted(Comparator.comparing((FakeCall c) -> c.start != null ? c.start : clock.instant()).reversed())
                .map(this::callRow).toList();
    }

    private synchronized List<Map<String, Object>> messageRows(Map<String, String> q) {
        boolean dateFiltered = q.keySet().stream().anyMatch(k -> k.startsWith("DateSent"));
        return messages.stream()
                .filter(m -> matches(q.get("To"), m.to) && matches(q.get("From"), m.from))
                .filter(m -> !dateFiltered || m.sent != null && inDays(q, "DateSent", m.sent))
                .sorted(Comparator.comparing((FakeMessage m) -> m.created).reversed())
                .map(this::messageRow).toList();
    }

    private synchronized List<Map<String, Object>> numberRows(Map<String, String> q) {
        return numbers.stream().filter(n -> matches(q.get("PhoneNumber"), n)).map(n -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sid", "PN" + String.format("%032x", n.hashCode() & 0xffffffffL));
            row.put("account_sid", accountSid);
            row.put("phone_number", n);
            row.put("friendly_name", n);
            return row;
        }).toList();
    }

    private static boolean matches(String filter, String value) {
        return filter == null || filter.equals(value);
    }

    /** Twilio's date filters look at whole UTC days only, whatever time of day is sent. */
    private static boolean inDays(Map<String, String> q, String name, Instant at) {
        LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
        for (Map.Entry<String, String> e : q.entrySet()) {
            if (!e.getKey().startsWith(name)) {
                continue;
            }
            LocalDate bound = LocalDate.parse(e.getValue().substring(0, 10));
            String op = e.getKey().substring(name.length());
            boolean ok = op.startsWith(">") ? !day.isBefore(bound) : op.startsWith("<") ? !day.isAfter(bound) : day.equals(bound);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Object> callRow(FakeCall c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("sid", c.sid);
        row.put("account_sid", accountSid);
        row.put("parent_call_sid", c.parentSid);
        row.put("to", c.to);
        row.put("to_formatted", c.to);
        row.put("from", c.from);
        row.put("from_formatted", c.from);
        row.put("status", c.status);
        row.put("start_time", date(c.start));
        row.put("end_time", date(c.end));
        row.put("duration", c.duration == null ? null : String.valueOf(c.duration));
        row.put("direction", c.direction);
        row.put("answered_by", c.answeredBy);
        row.put("date_created", date(c.start));
        row.put("date_updated", date(c.end != null ? c.end : c.start));
        row.put("api_version", "2010-04-01");
        row.put("uri", "/2010-04-01/Accounts/" + accountSid + "/Calls/" + c.sid + ".json");
        return row;
    }

    private Map<String, Object> messageRow(FakeMessage m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("sid", m.sid);
        row.put("account_sid", accountSid);
        row.put("from", m.from);
        row.put("to", m.to);
        row.put("body", m.body);
        row.put("status", m.status);
        row.put("direction", m.direction);
        row.put("date_created", date(m.created));
        row.put("date_updated", date(m.created));
        row.put("date_sent", date(m.sent));
        row.put("error_code", m.errorCode);
        row.put("error_message", m.errorMessage);
        row.put("num_segments", "1");
        row.put("num_media", "0");
        row.put("api_version", "2010-04-01");
        row.put("uri", "/2010-04-01/Accounts/" + accountSid + "/Messages/" + m.sid + ".json");
        return row;
    }

    /** Like Twilio's, the account carries the auth token: a test proves Ringbook never logs it. */
    private Map<String, Object> account() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("sid", accountSid);
        row.put("owner_account_sid", accountSid);
        row.put("friendly_name", "Harbor Plumbing");
        row.put("status", "active");
        row.put("type", "Full");
        row.put("auth_token", authToken);
        row.put("date_created", date(clock.instant()));
        row.put("date_updated", date(clock.instant()));
        row.put("uri", "/2010-04-01/Accounts/" + accountSid + ".json");
        return row;
    }

    private static String date(Instant at) {
        return at == null ? null : RFC2822.format(at);
    }

    static String errorBody(int status, int code, String message) {
        return "{\"code\":" + code + ",\"message\":\"" + message + "\",\"more_info\":\"https://www.twilio.com/docs/errors/"
                + code + "\",\"status\":" + status + "}";
    }

    private static void respond(HttpExchange exchange, int status, String body, Integer retryAfter) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("<") ? "text/html" : "application/json");
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfter));
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> decode(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            params.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String encode(Map<String, String> params) {
        List<String> pairs = new ArrayList<>();
        params.forEach((k, v) -> pairs.add(encodeValue(k) + "=" + encodeValue(v)));
        return String.join("&", pairs);
    }

    private static String encodeValue(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Lets a test build SIDs that read well: sid("CA", 7) is CA followed by 31 zeros and a 7. */
    static String sid(String prefix, int n) {
        return prefix + String.format("%032d", n);
    }
}
