package com.ringbook.store.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * "Test connection" for a desk choosing the office's shared database: whether the server answers, lets this user
 * in with this password, and what the database holds already (nothing, Ringbook's data, or other tables). Reads
 * only; migrates nothing. The password is sent to the server and nowhere else: no outcome carries it, and a server
 * message that might (it never should) is cut down to the URL without parameters.
 */
public final class PgReachability {
    /** How long each step may take: a desk waiting on an unplugged server hears why within seconds. */
    static final int TIMEOUT_SECONDS = 5;
    private static final String PREFIX = "jdbc:postgresql://";

    /** What the test found, in kinds a screen can put in words; {@code detail} never holds the password. */
    public enum Kind {
        /** Logged in; the database has no tables: new, ready for copy-to-postgres or a first desk. */
        EMPTY,
        /** Logged in; the database holds Ringbook's tables (an office already moved in). */
        RINGBOOK,
        /** Logged in; the database holds tables that are not Ringbook's ({@code detail} names a few). */
        OTHER_TABLES,
        /** The server answered and refused the user or the password. */
        WRONG_PASSWORD,
        /** The server answered; there is no database of that name. */
        NO_SUCH_DATABASE,
        /** No server answered at that host and port (or the host name is unknown). */
        UNREACHABLE,
        /** The URL is not a PostgreSQL JDBC URL. */
        NOT_POSTGRES_URL,
        /** Anything else: {@code detail} says what the server or driver said. */
        FAILED
    }

    public record Outcome(Kind kind, String detail) {
    }

    private PgReachability() {
    }

    /** Whether {@code url} is a PostgreSQL JDBC URL with a host: {@code jdbc:postgresql://HOST[:PORT]/DATABASE...}. */
    public static boolean isPostgresUrl(String url) {
        if (url == null || !url.startsWith(PREFIX)) {
            return false;
        }
        String rest = url.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        return slash > 0 && rest.length() > slash + 1 && rest.charAt(slash + 1) != '?';
    }

    /** The URL without its parameters (which might hold a password): safe to show and to log. */
    public static String shown(String url) {
        if (url == null) {
            return "";
        }
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** The URL with any password parameter masked, its other parameters (the user) kept: safe to show. */
    public static String withoutPassword(String url) {
        return url == null ? "" : PgStore.shown(url);
    }

    /** Connects to {@code url} (with {@code password}, {@code null} for none) and looks at what the database holds. */
    public static Outcome check(String url, String password) {
        if (!isPostgresUrl(url)) {
            return new Outcome(Kind.NOT_POSTGRES_URL, shown(url));
        }
        Properties props = new Properties();
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        props.setProperty("loginTimeout", Integer.toString(TIMEOUT_SECONDS));
        props.setProperty("socketTimeout", Integer.toString(TIMEOUT_SECONDS * 2));
        props.setProperty("ApplicationName", "Ringbook connection test");
        try (Connection c = DriverManager.getConnection(url, props)) {
            return contents(c);
        } catch (SQLException e) {
            return failed(e, url, password);
        }
    }

    private static Outcome contents(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        if (tables.isEmpty()) {
            return new Outcome(Kind.EMPTY, "");
        }
        if (tables.contains(PostgresCopy.FLYWAY) && tables.contains("store_info")) {
            return new Outcome(Kind.RINGBOOK, "");
        }
        List<String> few = tables.subList(0, Math.min(5, tables.size()));
        return new Outcome(Kind.OTHER_TABLES, String.join(", ", few) + (tables.size() > few.size() ? ", ..." : ""));
    }

    /** Sorts a failure by PostgreSQL's SQLSTATE (and the driver's, for a server that never answered). */
    static Outcome failed(SQLException e, String url, String password) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String said = safe(e.getMessage(), url, password);
        if (state.equals("28P01") || state.equals("28000")) {
            return new Outcome(Kind.WRONG_PASSWORD, said);
        }
        if (state.equals("08004") && said.toLowerCase(java.util.Locale.ROOT).contains("password")) {
            // The server wants a password and none was given.
            return new Outcome(Kind.WRONG_PASSWORD, said);
        }
        if (state.equals("3D000")) {
            return new Outcome(Kind.NO_SUCH_DATABASE, said);
        }
        if (state.startsWith("08")) {
            return new Outcome(Kind.UNREACHABLE, said);
        }
        return new Outcome(Kind.FAILED, said);
    }

    /** A driver's message with the URL's parameters and any trace of the password taken out. */
    static String safe(String message, String url, String password) {
        String text = message == null ? "" : message;
        if (url != null && url.indexOf('?') >= 0) {
            text = text.replace(url, shown(url));
        }
        if (password != null && !password.isEmpty()) {
            text = text.replace(password, "***");
        }
        return text;
    }
}
