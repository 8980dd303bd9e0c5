package com.ringbook.store.sqlite;

import com.ringbook.domain.Contact;
import com.ringbook.store.ContactRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The contacts table: finds, adds and changes contacts, and keeps their entries in the search index. */
final class SqliteContacts implements ContactRepository.Writable {
    /**
     * A number as the index holds it, the ways staff type it: all digits (+1 included), without the country
     * code, the local seven digits and the last four, so a prefix of any of them finds it (as in V5).
     */
    private static final String INDEXED_PHONE = "ltrim(phone, '+')"
            + " || CASE WHEN phone LIKE '+1%' THEN ' ' || substr(phone, 3) ELSE '' END"
            + " || ' ' || substr(phone, -7) || ' ' || substr(phone, -4)";
    /** Contacts above the marker (see V11) that are not in the index yet. */
    private static final String INDEX_MISSING = "INSERT INTO contact_search (rowid, name, phone) SELECT id, name, "
            + INDEXED_PHONE + " FROM contacts"
            + " WHERE id > (SELECT CAST(value AS INTEGER) FROM store_info WHERE key = 'search_index_contacts_through')"
            + " AND NOT EXISTS (SELECT 1 FROM contact_search WHERE contact_search.rowid = contacts.id)";
    private static final String MOVE_MARKER = "UPDATE store_info SET value = (SELECT max(id) FROM contacts)"
            + " WHERE key = 'search_index_contacts_through' AND CAST(value AS INTEGER) < (SELECT max(id) FROM contacts)";
    private static final String INDEX_ONE = "INSERT INTO contact_search (rowid, name, phone) SELECT id, name, "
            + INDEXED_PHONE + " FROM contacts WHERE id = ?1"
            + " AND NOT EXISTS (SELECT 1 FROM contact_search WHERE contact_search.rowid = ?1)";

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
        Contact contact = sql.queryOne("INSERT INTO contacts (phone, created_at) VALUES (?, ?) "
                + "ON CONFLICT (phone) DO UPDATE SET phone = excluded.phone RETURNING *", s -> {
                    s.setString(1, e164);
                    s.setLong(2, now.toEpochMilli());
                }, SqliteContacts::contact).orElseThrow();
        // Someone who texts first is not part of a burst: found by search as soon as their text is.
        if (indexedByStore()) {
            sql.update(INDEX_ONE, s -> s.setLong(1, contact.id()));
        }
        return contact;
    }

    @Override
    public int indexForSearch() {
        if (!indexedByStore()) {
            return 0;
        }
        int added = sql.update(INDEX_MISSING, s -> { });
        sql.update(MOVE_MARKER, s -> { });
        return added;
    }

    /** False where the database keeps the contact index by itself: nothing for the store to add. */
    private boolean indexedByStore() {
        return sql.dialect().search().storeIndexesContacts();
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
