package com.ringbook.store.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * SQLite's numbered parameters ({@code ?1 ... ?1}) for a driver that has only plain ones: the SQL gets one
 * plain {@code ?} per place, and setting parameter n sets every place that named it. Lets the repositories
 * keep one SQL text, with a value used twice bound once.
 */
public final class NumberedParameters {
    /** places[n] = the plain parameter indexes (1-based) that stand for parameter n. */
    private final String sql;
    private final int[][] places;

    private NumberedParameters(String sql, int[][] places) {
        this.sql = sql;
        this.places = places;
    }

    /** Parses {@code sql}; quoted text and comments are left alone. */
    static NumberedParameters of(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        List<List<Integer>> byNumber = new ArrayList<>();
        int plain = 0;
        int highest = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                end = end < 0 ? sql.length() - 1 : end;
                out.append(sql, i, end + 1);
                i = end;
                continue;
            }
            if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() - 1 : end;
                out.append(sql, i, end + 1);
                i = end;
                continue;
            }
            if (c != '?') {
                out.append(c);
                continue;
            }
            int j = i + 1;
            while (j < sql.length() && Character.isDigit(sql.charAt(j))) {
                j++;
            }
            // SQLite: a plain ? after numbered ones takes the number after the highest so far.
            int number = j > i + 1 ? Integer.parseInt(sql.substring(i + 1, j)) : highest + 1;
            highest = Math.max(highest, number);
            while (byNumber.size() <= number) {
                byNumber.add(new ArrayList<>());
            }
            byNumber.get(number).add(++plain);
            out.append('?');
            i = j - 1;
        }
        int[][] places = new int[byNumber.size()][];
        for (int n = 0; n < places.length; n++) {
            places[n] = byNumber.get(n).stream().mapToInt(Integer::intValue).toArray();
        }
        return new NumberedParameters(out.toString(), places);
    }

    /** True when some parameter is not simply the next plain one: only then is a statement wrapped. */
    boolean renumbers() {
        for (int n = 1; n < places.length; n++) {
            if (places[n].length != 1 || places[n][0] != n) {
                return true;
            }
        }
        return false;
    }

    String sql() {
        return sql;
    }

    /** Prepares {@code sql} on {@code connection}, wrapped so that numbered parameters fan out to their places. */
    public static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        NumberedParameters parsed = of(sql);
        PreparedStatement statement = connection.prepareStatement(parsed.sql());
        if (!parsed.renumbers()) {
            return statement;
        }
        InvocationHandler fanOut = (proxy, method, args) -> parsed.invoke(statement, method, args);
        return (PreparedStatement) Proxy.newProxyInstance(NumberedParameters.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, fanOut);
    }

    private Object invoke(PreparedStatement statement, Method method, Object[] args) throws Throwable {
        try {
            if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer n
                    && method.getParameterTypes()[0] == int.class) {
                if (n < 1 || n >= places.length) {
                    throw new SQLException("No parameter " + n + " in: " + sql);
                }
                // As SQLite: a number below the highest that the SQL does not use takes a value and ignores it.
                Object[] each = Arrays.copyOf(args, args.length);
                for (int place : places[n]) {
                    each[0] = place;
                    method.invoke(statement, each);
                }
                return null;
            }
            return method.invoke(statement, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
