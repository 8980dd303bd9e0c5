package com.ringbook.carrier.twilio;

import com.ringbook.carrier.CarrierEvent;
import com.ringbook.carrier.CarrierGateway;
import com.ringbook.carrier.CarrierHealth;
import com.ringbook.carrier.CarrierListener;
import com.ringbook.carrier.CarrierStateStore;
import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.domain.CarrierSettings;
import com.ringbook.domain.DeliveryStatus;
import com.twilio.base.Page;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.Account;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.rest.api.v2010.account.MessageReader;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Twilio (or a Twilio-compatible API) behind Ringbook's carrier door, through the official SDK.
 *
 * <p>Missed calls and replies are found by polling, which works anywhere, and, when a public URL and
 * port are set, also by webhooks, which are instant and ring the staff phones first. Both report
 * through one memory of seen SIDs, so a call they both see is reported once.
 *
 * <p>The auth token is a secret: it goes into the SDK client and the signature validator and nowhere
 * else, never into a log line, a message or {@link #toString()}.
 */
public final class TwilioCarrier implements CarrierGateway {
    private static final Logger log = LoggerFactory.getLogger(TwilioCarrier.class);
    /** How far before the outbox row a matching text still counts as this one (clocks differ a little). */
    private static final Duration MATCH_SLACK = Duration.ofMinutes(1);

    private final CarrierSettings settings;
    private final String accountSid;
    private final String businessNumber;
    private final String publicUrl;
    private final Clock clock;
    private final Supplier<List<String>> staffPhones;
    private final Timing timing;
    private final OneShotHttpClient http;
    private final TwilioRestClient client;
    private final RequestValidator validator;
    private final PollState state;
    private volatile HealthReporter health;
    private TwilioPoller poller;
    private volatile WebhookServer server;

    /**
     * @param settings    account SID, business number, API base, poll interval, webhook port and public URL,
     *                    forwarding-target flag and ring time
     * @param authToken   the account's auth token, kept only inside the SDK client and the signature check
     * @param stateStore  durable memory for the poll position and the SIDs already reported
     * @param staffPhones the ring group, in E.164, asked afresh for every incoming call
     */
    public TwilioCarrier(CarrierSettings settings, String authToken, CarrierStateStore stateStore, Clock clock,
                         Supplier<List<String>> staffPhones) {
        this(settings, authToken, stateStore, clock, staffPhones, Timing.of(settings));
    }

    TwilioCarrier(CarrierSettings settings, String authToken, CarrierStateStore stateStore, Clock clock,
                  Supplier<List<String>> staffPhones, Timing timing) {
        require(settings.accountSid(), "an Account SID");
        require(settings.businessNumber(), "the Twilio phone number");
        require(settings.apiBase(), "the API base address");
        require(authToken, "an auth token");
        this.settings = settings;
        this.accountSid = settings.accountSid().strip();
        this.businessNumber = settings.businessNumber().strip();
        this.publicUrl = settings.webhooksEnabled() ? OneShotHttpClient.stripTrailingSlash(settings.publicUrl()) : null;
        this.clock = clock;
        this.staffPhones = staffPhones;
        this.timing = timing;
        this.http = new OneShotHttpClient(settings.apiBase(), timing.requestTimeout());
        this.client = new TwilioRestClient.Builder(accountSid, authToken).httpClient(http).build();
        this.validator = new RequestValidator(authToken);
        this.state = PollState.load(stateStore, businessNumber, clock.instant());
    }

    @Override
    public String displayName() {
        return "Twilio " + businessNumber + (settings.webhooksEnabled() ? " (webhooks)" : "");
    }

    @Override
    public synchronized void start(CarrierListener listener) {
        if (poller != null) {
            throw new IllegalStateException("The Twilio carrier is already started");
        }
        HealthReporter reporter = new HealthReporter(listener);
        health = reporter;
        reporter.report(CarrierHealth.State.CONNECTING, "Connecting to Twilio…");
        EngineHandOff handOff = new EngineHandOff(listener, state, timing.saveWait());
        Duration interval = timing.pollInterval();
        String ok = "Connected to Twilio; checking " + businessNumber + " for missed calls every " + Timing.describe(interval) + ".";
        if (settings.webhooksEnabled()) {
            try {
                TwilioWebhooks webhooks = new TwilioWebhooks(businessNumber, publicUrl, settings.ringSeconds(), staffPhones,
                        state, handOff::reportNow, clock);
                server = new WebhookServer(settings.webhookPort(), publicUrl, validator, webhooks);
                server.start();
                interval = timing.safetyNetInterval();
                ok = "Connected to Twilio; calls to " + businessNumber + " ring staff phones through " + publicUrl
                        + " (also checked every " + Timing.describe(interval) + " in case a webhook is lost).";
            } catch (UncheckedIOException e) {
                log.warn("Twilio webhooks are off: {}", e.getMessage());
                ok = "Webhooks are off: port " + settings.webhookPort() + " could not be opened (is another program "
                        + "using it?). Checking " + businessNumber + " for missed calls every " + Timing.describe(interval) + " instead.";
            }
        }
        CarrierHealth.State okState = settings.webhooksEnabled() && server == null
                ? CarrierHealth.State.DEGRADED : CarrierHealth.State.OK;
        poller = new TwilioPoller(client, http, accountSid, businessNumber, settings.forwardingTarget(), state, handOff,
                reporter, interval, timing.authRetry(), clock, new CarrierHealth(okState, ok));
        poller.start();
        log.info("Twilio carrier started for {} ({})", businessNumber, server != null ? "webhooks and polling" : "polling");
    }

    @Override
    public SendResult send(OutgoingText text) {
        try {
            MessageCreator creator = Message.creator(accountSid, new PhoneNumber(text.to()), new PhoneNumber(businessNumber),
                    text.body());
            if (publicUrl != null && server != null) {
                creator.setStatusCallback(URI.create(publicUrl + TwilioWebhooks.MESSAGE_STATUS));
            }
            Message message = creator.create(client);
            state.track(message.getSid(), createdAt(message), DeliveryStatus.SENT);
            return new SendResult.Accepted(message.getSid(), DeliveryStatus.SENT);
        } catch (OneShotHttpClient.NotSent e) {
            return new SendResult.Transient(e.getMessage(), null);
        } catch (OneShotHttpClient.MaybeSent e) {
            return new SendResult.Unknown(e.getMessage());
        } catch (ApiException e) {
            Optional<OneShotHttpClient.LastResponse> last = http.lastResponseOnThisThread();
            Integer status = last.map(OneShotHttpClient.LastResponse::status).orElse(null);
            if (TwilioErrors.isBadCredentials(e, status)) {
                reportHealth(CarrierHealth.State.DOWN, TwilioErrors.BAD_CREDENTIALS);
            }
            return TwilioErrors.forSend(e, status, last.flatMap(OneShotHttpClient.LastResponse::retryAfter), http.apiBase());
        } catch (ApiConnectionException e) {
            // A 2xx whose body could not be read: the text was most likely taken, so check before resending.
            return new SendResult.Unknown("Twilio's answer could not be read; checking whether the text went out.");
        }
    }

    /**
     * Looks for the text among those sent from the business number to its recipient: first in the
     * date-filtered list (whole days, so from the day before), then among the newest few, because a
     * text still queued at Twilio has no send date yet and no date filter finds it. Throws when Twilio
     * cannot be asked, so the outbox never takes "could not ask" for "not sent".
     */
    @Override
    public Optional<SendResult.Accepted> findAccepted(OutgoingText text, Instant notBefore, Set<String> claimed) {
        Instant from = notBefore.minus(MATCH_SLACK);
        Predicate<Message> same = m -> text.body().equals(m.getBody()) && !createdAt(m).isBefore(from)
                && !claimed.contains(m.getSid());
        try {
            MessageReader sent = Message.reader(accountSid).setTo(text.to()).setFrom(businessNumber)
                    .setDateSentAfter(TwilioPoller.dayBefore(notBefore)).setPageSize(TwilioPoller.PAGE_SIZE);
            Optional<Message> found = StreamSupport.stream(sent.read(client).spliterator(), false).filter(same).findFirst();
            if (found.isEmpty()) {
                found = newestFirst(Message.reader(accountSid).setTo(text.to()).setFrom(businessNumber)
                        .setPageSize(TwilioPoller.PAGE_SIZE), from, same);
            }
            found.ifPresent(m -> state.track(m.getSid(), createdAt(m), DeliveryStatus.SENT));
            return found.map(m -> new SendResult.Accepted(m.getSid(), DeliveryStatus.SENT));
        } catch (ApiException e) {
            // Not e.getMessage(): for a list page the SDK puts Twilio's whole raw answer there.
            throw new IllegalStateException("Could not ask Twilio whether the text went out (HTTP "
                    + e.getStatusCode() + ", error " + e.getCode() + ")");
        } catch (TwilioException e) {
            throw new IllegalStateException("Could not ask Twilio whether the text went out: Twilio could not be reached");
        }
    }

    private Optional<Message> newestFirst(MessageReader reader, Instant from, Predicate<Message> same) {
        Page<Message> page = reader.firstPage(client);
        while (true) {
            Optional<Message> match = page.getRecords().stream().filter(same).findFirst();
            boolean olderOnly = page.getRecords().stream().allMatch(m -> createdAt(m).isBefore(from));
            if (match.isPresent() || olderOnly || !page.hasNextPage()) {
                return match;
            }
            page = reader.nextPage(page, client);
        }
    }

    /**
     * Checks the credentials by fetching the account, then that the business number belongs to it.
     * The answer never contains the auth token.
     */
    public ConnectionCheck testConnection() {
        try {
            Account.fetcher(accountSid).fetch(client);
            boolean ours = StreamSupport.stream(IncomingPhoneNumber.reader(accountSid).setPhoneNumber(businessNumber)
                            .read(client).spliterator(), false)
                    .anyMatch(n -> n.getPhoneNumber() != null && businessNumber.equals(n.getPhoneNumber().getEndpoint()));
            return ours
                    ? ConnectionCheck.passed("Connected to Twilio. The number " + businessNumber + " is on this account.")
                    : ConnectionCheck.failed("The number " + businessNumber + " is not on this Twilio account. "
                    + "Check the number in Settings, or buy or port it in the Twilio Console.");
        } catch (OneShotHttpClient.NotSent | OneShotHttpClient.MaybeSent e) {
            return ConnectionCheck.failed("Could not reach Twilio at " + http.apiBase() + ": "
                    + OneShotHttpClient.describe(e.getCause() != null ? e.getCause() : e));
        } catch (ApiConnectionException e) {
            // The SDK's own message quotes the whole answer, which may hold the account's token.
            return ConnectionCheck.failed(TwilioErrors.notTwilio(http.apiBase(), 200));
        } catch (ApiException e) {
            Integer status = http.lastResponseOnThisThread().map(OneShotHttpClient.LastResponse::status).orElse(null);
            if (TwilioErrors.isBadCredentials(e, status)) {
                return ConnectionCheck.failed("Twilio did not accept the Account SID and auth token.");
            }
            if (e.getCode() == null) {
                return ConnectionCheck.failed(TwilioErrors.notTwilio(http.apiBase(), status == null ? 0 : status));
            }
            return ConnectionCheck.failed("Twilio answered with an error: " + e.getMessage() + " (error " + e.getCode() + ").");
        }
    }

    /** The port webhooks listen on; the configured one, or the one picked when that was 0. */
    int webhookPort() {
        return server.port();
    }

    /** Another desk runs the engine: no polling, no webhooks here; {@link #start} may start them again. */
    @Override
    public synchronized void stopListening() {
        if (poller != null) {
            poller.stop();
            poller = null;
        }
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** A request may connect late and then wait its whole timeout for an answer. */
    @Override
    public Duration inFlightFor() {
        return OneShotHttpClient.CONNECT_TIMEOUT.plus(timing.requestTimeout());
    }

    @Override
    public synchronized void close() {
        stopListening();
        state.save();
    }

    @Override
    public String toString() {
        return "TwilioCarrier[" + displayName() + "]";
    }

    private void reportHealth(CarrierHealth.State s, String message) {
        HealthReporter h = health;
        if (h != null) {
            h.report(s, message);
        }
    }

    private Instant createdAt(Message m) {
        ZonedDateTime t = m.getDateCreated() != null ? m.getDateCreated() : m.getDateSent();
        return t != null ? t.toInstant() : clock.instant();
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Twilio needs " + what + "; enter it in Settings.");
        }
    }
}
