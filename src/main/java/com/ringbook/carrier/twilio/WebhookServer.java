package com.ringbook.carrier.twilio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.twilio.security.RequestValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded HTTP server Twilio calls in webhook mode. Every request must carry a valid
 * X-Twilio-Signature for the public URL it was sent to; anything else gets 403 and changes nothing,
 * because the port is reachable from the internet.
 */
final class WebhookServer {
    private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
    /** Twilio's form posts are a few kilobytes; anything much larger is not from Twilio. */
    private static final int MAX_BODY = 64 * 1024;

    private final HttpServer server;
    private final ExecutorService workers;
    private final String publicUrl;
    private final RequestValidator validator;
    private final TwilioWebhooks webhooks;

    /** Binds the port at once, so a port already in use is known before anyone relies on it. */
    WebhookServer(int port, String publicUrl, RequestValidator validator, TwilioWebhooks webhooks) {
        this.publicUrl = publicUrl;
        this.validator = validator;
        this.webhooks = webhooks;
        try {
            this.server = HttpServer.create(new InetSocketAddress(port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open port " + port + " for Twilio webhooks", e);
        }
        this.workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "twilio-webhook");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", this::serve);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Optional<String> body = readBody(exchange.getRequestBody());
            if (body.isEmpty()) {
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String signedUrl = publicUrl + path + (query == null ? "" : "?" + query);
            Map<String, String> params = formParams(body.get());
            String signature = exchange.getRequestHeaders().getFirst("X-Twilio-Signature");
            if (signature == null || !validator.validate(signedUrl, params, signature)) {
                log.warn("Refused a request to {} without a valid Twilio signature", path);
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            Optional<String> twiml = webhooks.handle(path, params);
            if (twiml.isEmpty()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = twiml.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (RuntimeException e) {
            // Twilio then plays its generic error to the caller; the safety-net poll still finds the call.
            log.warn("Handling a Twilio webhook failed", e);
            throw e;
        }
    }

    private static Optional<String> readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        return bytes.length > MAX_BODY ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    static Map<String, String> formParams(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }
}
