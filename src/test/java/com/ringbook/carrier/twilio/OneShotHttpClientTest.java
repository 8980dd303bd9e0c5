package com.ringbook.carrier.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OneShotHttpClientTest {
    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void sendsTwilioRequestsToTheConfiguredBaseOnceEvenOnA5xx() {
        OneShotHttpClient client = new OneShotHttpClient(base() + "/compat/", Duration.ofSeconds(2));
        Request request = new Request(HttpMethod.POST, "api", "/2010-04-01/Accounts/AC1/Messages.json");
        request.addPostParam("Body", "hi");

        Response response = client.reliableRequest(request);

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(received).containsExactly("POST /compat/2010-04-01/Accounts/AC1/Messages.json");
        assertThat(client.lastResponseOnThisThread()).map(OneShotHttpClient.LastResponse::status).contains(503);
    }

    @Test
    void aPagingLinkThatAlreadyCarriesTheBasePathIsNotPrefixedTwice() {
        OneShotHttpClient client = new OneShotHttpClient(base() + "/compat", Duration.ofSeconds(2));

        client.makeRequest(new Request(HttpMethod.GET, "https://api.twilio.com/compat/2010-04-01/Calls.json?Page=1&PageToken=PA1"));

        assertThat(received).containsExactly("GET /compat/2010-04-01/Calls.json?Page=1&PageToken=PA1");
    }

    @Test
    void refusesToSendCredentialsToAnyOtherHost() {
        OneShotHttpClient client = new OneShotHttpClient(base(), Duration.ofSeconds(2));

        assertThatThrownBy(() -> client.makeRequest(new Request(HttpMethod.GET, "https://api.example.com/2010-04-01/Calls.json")))
                .isInstanceOf(OneShotHttpClient.NotSent.class)
                .hasMessageContaining("only sends Twilio requests");
        assertThat(received).isEmpty();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
