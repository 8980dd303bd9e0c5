package com.ringbook.store.sqlite;

import com.ringbook.domain.Contact;
import com.ringbook.store.ContactRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The contacts table: finds, adds and changes contacts. */
final class SqliteContacts implements ContactRepository.Writable {
    private final Sql sql;

    SqliteContacts(Sql sql) {
        this.sql = sql;
    }

    private static Contact contact(ResultSet r) throws SQLException {
        return new Contact(r.getLong("id"), r.getString("phone"), r.getString("name"), r.getString("address"),
                r.getInt("opted_out") != 0, Sql.instant(r, "last_text_back_at"));
    }

    @Override
    public Optional<Contact> byPhone(String e164) {
        return sql.queryOne("SELECT * FROM contacts WHERE phone = ?", s -> s.setString(1, e164), SqliteContacts::contact);
    }

    @Override
    public Optional<Contact> byId(long id) {
        return sql.queryOne("SELECT * FROM contacts WHERE id = ?", s -> s.setLong(1, id), SqliteContacts::contact);
    }

    @Override
    public Contact upsert(String e164, Instant now) {
        // The no-op update makes RETURNING give back the existing row too, in one statement.
        return sql.queryOne("INSERT INTO contacts (phone, created_at) VALUES (?, ?) "
                + "ON CONFLICT (phone) DO UPDATE SET phone = excluded.phone RETURNING *", s -> {
                    s.setString(1, e164);
                    s.setLong(2, now.toEpochMilli());
                }, SqliteContacts::contact).orElseThrow();
    }

    @Override
    public void setName(long contactId, String name) {
        sql.update("UPDATE contacts SET name = ? WHERE id = ?", s -> {
            s.setString(1, name == null || name.isBlank() ? null : name.strip());
            s.setLong(2, contactId);
        });
    }

    @Override
    public void setAddress(long contactId, String address) {
        sql.update("UPDATE contacts SET address = ? WHERE id = ?", s -> {
            s.setString(1, address == null || address.isBlank() ? null : address.strip());
            s.setLong(2, contactId);
        });
    }

    @Override
    public void setOptedOut(long contactId, boolean optedOut, Instant now) {
        sql.update("UPDATE contacts SET opted_out = ?, opted_out_at = ? WHERE id = ?", s -> {
            s.setInt(1, optedOut ? 1 : 0);
            Sql.setNullableLong(s, 2, optedOut ? now.toEpochMilli() : null);
            s.setLong(3, contactId);
        });
    }

    @Override
    public void setLastTextBack(long contactId, Instant at) {
        sql.update("UPDATE contacts SET last_text_back_at = ? WHERE id = ?", s -> {
            s.setLong(1, at.toEpochMilli());
            s.setLong(2, contactId);
        });
    }
}
