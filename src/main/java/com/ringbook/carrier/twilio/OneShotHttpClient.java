package com.ringbook.carrier.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.HttpUtility;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * The SDK's transport, replaced. It sends every request to the configured API base instead of
 * api.twilio.com (so Twilio-compatible providers and test servers work) and makes exactly one attempt:
 * the SDK's own {@code reliableRequest} repeats any 5xx, POSTs included, which could send a text twice.
 *
 * <p>Failures come out as two kinds, because the outbox must treat them differently:
 * {@link NotSent} (nothing reached the server, safe to try again) and {@link MaybeSent} (the request
 * went out and the answer was lost, so the carrier has to be asked before any resend).
 */
final class OneShotHttpClient extends HttpClient {

    /** Nothing reached the server: a refused connection, an unknown host, a failed TLS handshake. */
    static final class NotSent extends ApiConnectionException {
        private static final long serialVersionUID = 1L;

        NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The request left; whether the server acted on it is unknown (timeout, reset, closed mid-answer). */
    static final class MaybeSent extends ApiConnectionException {
        private static final long serialVersionUID = 1L;

        MaybeSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What the last answer on this thread said beyond its body, which the SDK's exceptions drop. */
    record LastResponse(int status, Optional<Duration> retryAfter) {
    }

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final URI apiBase;
    private final String basePath;
    private final Duration requestTimeout;
    private final java.net.http.HttpClient http;
    private final ThreadLocal<LastResponse> lastResponse = new ThreadLocal<>();

    OneShotHttpClient(String apiBase, Duration requestTimeout) {
        this.apiBase = URI.create(stripTrailingSlash(apiBase));
        this.basePath = this.apiBase.getRawPath() == null ? "" : this.apiBase.getRawPath();
        this.requestTimeout = requestTimeout;
        this.http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(request);
    }

    @Override
    public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
        return makeRequest(request);
    }

    @Override
    public Response makeRequest(Request request) {
        lastResponse.remove();
        URI target = rewrite(request.constructURL().toString());
        HttpRequest.Builder builder = HttpRequest.newBuilder(target)
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("User-Agent", HttpUtility.getUserAgentString(request.getUserAgentExtensions()));
        if (request.requiresAuthentication()) {
            builder.header("Authorization", request.getAuthString());
        }
        for (Map.Entry<String, List<String>> header : request.getHeaderParams().entrySet()) {
            header.getValue().forEach(value -> builder.header(header.getKey(), value));
        }
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.DELETE) {
            builder.method(request.getMethod().toString(), HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
            builder.method(request.getMethod().toString(), HttpRequest.BodyPublishers.ofString(request.encodeFormBody()));
        }
        HttpResponse<String> answer = exchange(builder.build());
        Optional<Duration> retryAfter = answer.headers().firstValue("Retry-After").flatMap(OneShotHttpClient::seconds);
        lastResponse.set(new LastResponse(answer.statusCode(), retryAfter));
        return new Response(answer.body(), answer.statusCode(), headers(answer));
    }

    /** The status and Retry-After of the last answer this thread received, if it received one. */
    Optional<LastResponse> lastResponseOnThisThread() {
        return Optional.ofNullable(lastResponse.get());
    }

    String apiBase() {
        return apiBase.toString();
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException e) {
            throw new NotSent(unreachable("no answer within " + CONNECT_TIMEOUT.toSeconds() + " s"), e);
        } catch (ConnectException | SSLHandshakeException e) {
            throw new NotSent(unreachable(describe(e)), e);
        } catch (IOException e) {
            // Covers read timeouts, resets and connections closed before the answer: the request was out.
            throw new MaybeSent("The connection to Twilio at " + apiBase + " broke before it answered: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MaybeSent("Stopped while waiting for Twilio at " + apiBase, e);
        }
    }

    /**
     * Points a URL the SDK built for a twilio.com host at the configured base. Any other host is
     * refused: the request carries the account's credentials.
     */
    private URI rewrite(String sdkUrl) {
        try {
            URI original = new URI(sdkUrl);
            String host = original.getHost() == null ? "" : original.getHost().toLowerCase(Locale.ROOT);
            if (!host.equals("twilio.com") && !host.endsWith(".twilio.com")) {
                throw new NotSent("Ringbook only sends Twilio requests to " + apiBase + ", not to " + host, null);
            }
            String path = original.getRawPath();
            // Paging links from a compatible provider may already carry the base's path prefix.
            if (!basePath.isEmpty() && !path.startsWith(basePath + "/")) {
                path = basePath + path;
            }
            String query = original.getRawQuery() == null ? "" : "?" + original.getRawQuery();
            return new URI(apiBase.getScheme() + "://" + apiBase.getRawAuthority() + path + query);
        } catch (URISyntaxException e) {
            throw new NotSent("Could not build a Twilio address from " + apiBase, e);
        }
    }

    private String unreachable(String why) {
        return "Could not reach Twilio at " + apiBase + ": " + why;
    }

    /** java.net.http leaves most messages empty; say in words what went wrong. */
    static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "the address could not be found (check the API base and the internet connection)";
            }
        }
        if (error instanceof ConnectException) {
            return "the connection was refused";
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return error.getClass().getSimpleName();
    }

    private static Header[] headers(HttpResponse<String> answer) {
        return answer.headers().map().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> new BasicHeader(e.getKey(), v)))
                .toArray(Header[]::new);
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            // An HTTP-date Retry-After is legal but Twilio sends seconds; the outbox's own backoff covers the rest.
            return Optional.empty();
        }
    }

    static String stripTrailingSlash(String url) {
        String s = url.strip();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
