package com.ringbook.carrier.twilio;

import static com.ringbook.carrier.twilio.TwilioFixture.AUTH_TOKEN;
import static com.ringbook.carrier.twilio.TwilioFixture.BUSINESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.domain.CarrierSettings;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectionTest {
    private final TwilioFixture fx = new TwilioFixture();

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void passesWhenTheCredentialsWorkAndTheNumberIsOnTheAccount() {
        fx.fake.addIncomingNumber("+14155550999");
        fx.fake.addIncomingNumber(BUSINESS);

        assertThat(fx.carrier().testConnection())
                .isEqualTo(new ConnectionCheck(true, "Connected to Twilio. The number +14155550142 is on this account."));
    }

    @Test
    void saysSoWhenTheNumberIsNotOnTheAccount() {
        fx.fake.addIncomingNumber("+14155550999");

        ConnectionCheck check = fx.carrier().testConnection();

        assertThat(check.ok()).isFalse();
        assertThat(check.message()).startsWith("The number +14155550142 is not on this Twilio account.");
    }

    @Test
    void saysSoWhenTwilioRefusesTheCredentials() {
        fx.fake.addIncomingNumber(BUSINESS);

        ConnectionCheck check = fx.carrier(fx.settings(), "not-the-token", TwilioFixture.FAST).testConnection();

        assertThat(check).isEqualTo(new ConnectionCheck(false, "Twilio did not accept the Account SID and auth token."));
    }

    @Test
    void saysWhereItTriedWhenTwilioCannotBeReached() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CarrierSettings s = fx.settings();
        CarrierSettings closed = new CarrierSettings(s.kind(), s.accountSid(), s.businessNumber(), "http://127.0.0.1:" + port,
                s.pollSeconds(), null, "", false, s.ringSeconds());

        ConnectionCheck check = fx.carrier(closed, AUTH_TOKEN, TwilioFixture.FAST).testConnection();

        assertThat(check).isEqualTo(new ConnectionCheck(false,
                "Could not reach Twilio at http://127.0.0.1:" + port + ": the connection was refused"));
    }

    @Test
    void aServerThatIsNotTwilioIsCalledOutAndItsRefusalsAreNotPermanent() throws IOException {
        HttpServer notTwilio = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        notTwilio.createContext("/", exchange -> {
            byte[] page = "<html>Not Found</html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(404, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        notTwilio.start();
        try {
            String base = "http://127.0.0.1:" + notTwilio.getAddress().getPort();
            CarrierSettings s = fx.settings();
            TwilioCarrier carrier = fx.carrier(new CarrierSettings(s.kind(), s.accountSid(), s.businessNumber(), base,
                    s.pollSeconds(), null, "", false, s.ringSeconds()), AUTH_TOKEN, TwilioFixture.FAST);
            String expected = "The server at " + base + " did not answer like Twilio (HTTP 404). Check the API base address in Settings.";

            assertThat(carrier.testConnection()).isEqualTo(new ConnectionCheck(false, expected));
            assertThat(carrier.send(new OutgoingText("k", TwilioFixture.CUSTOMER, "hi")))
                    .isEqualTo(new SendResult.Transient(expected, null));
        } finally {
            notTwilio.stop(0);
        }
    }

    @Test
    void refusesToStartWithoutCredentialsAndSaysWhatIsMissing() {
        CarrierSettings s = fx.settings();
        CarrierSettings noSid = new CarrierSettings(s.kind(), " ", s.businessNumber(), s.apiBase(), 5, null, "", false, 20);

        assertThatThrownBy(() -> fx.carrier(noSid, AUTH_TOKEN, TwilioFixture.FAST))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Twilio needs an Account SID; enter it in Settings.");
        assertThatThrownBy(() -> fx.carrier(s, "", TwilioFixture.FAST))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Twilio needs an auth token; enter it in Settings.");
    }

    @Test
    void namesItselfByTheBusinessNumber() {
        assertThat(fx.carrier().displayName()).isEqualTo("Twilio +14155550142");
    }
}
