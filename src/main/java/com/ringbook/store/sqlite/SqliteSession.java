package com.ringbook.store.sqlite;

import com.ringbook.store.AppointmentRepository;
import com.ringbook.store.CallRepository;
import com.ringbook.store.CarrierStateRepository;
import com.ringbook.store.ContactRepository;
import com.ringbook.store.FirstCallWriter;
import com.ringbook.store.FollowUpRepository;
import com.ringbook.store.MessageRepository;
import com.ringbook.store.MetricsRepository;
import com.ringbook.store.OfferRepository;
import com.ringbook.store.OptOutRepository;
import com.ringbook.store.OutboxRepository;
import com.ringbook.store.RevenueRepository;
import com.ringbook.store.SettingsRepository;
import com.ringbook.store.ThreadRepository;
import com.ringbook.store.WriteSession;
import java.sql.Connection;
import java.time.Clock;

/** Hands one unit of work the repository for each subject, all on one connection. */
final class SqliteSession implements WriteSession {
    private final Sql sql;
    private final SqliteSettings settings;
    private final SqliteCarrierState carrierState;
    private final SqliteContacts contacts;
    private final SqliteThreads threads;
    private final SqliteCalls calls;
    private final SqliteMessages messages;
    private final SqliteOutbox outbox;
    private final SqliteMetrics metrics;
    private final SqliteFirstCalls firstCalls;
    private final SqliteOffers offers;
    private final SqliteAppointments appointments;
    private final SqliteOptOuts optOuts;
    private final SqliteFollowUps followUps;
    private final SqliteRevenue revenue;

    /** @param keyPrefix makes outbox idempotency keys unique beyond this database's row ids */
    SqliteSession(StatementCache statements, Clock clock, String keyPrefix) {
        this.sql = new Sql(statements);
        this.settings = new SqliteSettings(sql);
        this.carrierState = new SqliteCarrierState(sql);
        this.contacts = new SqliteContacts(sql);
        this.threads = new SqliteThreads(sql);
        this.calls = new SqliteCalls(sql);
        this.messages = new SqliteMessages(sql);
        this.outbox = new SqliteOutbox(sql, clock, keyPrefix);
        this.metrics = new SqliteMetrics(sql);
        this.firstCalls = new SqliteFirstCalls(sql, keyPrefix);
        this.offers = new SqliteOffers(sql);
        this.appointments = new SqliteAppointments(sql);
        this.optOuts = new SqliteOptOuts(sql);
        this.followUps = new SqliteFollowUps(sql);
        this.revenue = new SqliteRevenue(sql);
    }

    /** Tests in this package reach the connection through this, e.g. to cap the file as a full disk would. */
    Connection connection() {
        return sql.connection();
    }

    @Override
    public SettingsRepository.Writable settings() {
        return settings;
    }

    @Override
    public CarrierStateRepository.Writable carrierState() {
        return carrierState;
    }

    @Override
    public ContactRepository.Writable contacts() {
        return contacts;
    }

    @Override
    public ThreadRepository.Writable threads() {
        return threads;
    }

    @Override
    public CallRepository.Writable calls() {
        return calls;
    }

    @Override
    public MessageRepository.Writable messages() {
        return messages;
    }

    @Override
    public OutboxRepository.Writable outbox() {
        return outbox;
    }

    @Override
    public MetricsRepository metrics() {
        return metrics;
    }

    @Override
    public FirstCallWriter firstCalls() {
        return firstCalls;
    }

    @Override
    public OfferRepository.Writable offers() {
        return offers;
    }

    @Override
    public AppointmentRepository.Writable appointments() {
        return appointments;
    }

    @Override
    public OptOutRepository optOuts() {
        return optOuts;
    }

    @Override
    public FollowUpRepository.Writable followUps() {
        return followUps;
    }

    @Override
    public RevenueRepository revenue() {
        return revenue;
    }
}
