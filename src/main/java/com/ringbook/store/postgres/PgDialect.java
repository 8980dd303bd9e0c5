package com.ringbook.store.postgres;

import com.ringbook.store.jdbc.Dialect;
import com.ringbook.store.jdbc.NumberedParameters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * PostgreSQL's spelling: jsonb arrays as rows (their text cast to the column's type: {@code ->>} always gives
 * text), GREATEST and LEAST, COUNT(*) FILTER, no planner hints, and numbered parameters rewritten for a driver
 * that has only plain ones.
 */
public final class PgDialect implements Dialect {
    public static final PgDialect INSTANCE = new PgDialect();

    private PgDialect() {
    }

    @Override
    public PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        return NumberedParameters.prepare(connection, sql);
    }

    @Override
    public String jsonValues(String parameter) {
        return "jsonb_array_elements_text(CAST(" + parameter + " AS jsonb)) AS j(value)";
    }

    @Override
    public String jsonRows(String parameter) {
        return "jsonb_array_elements(CAST(" + parameter + " AS jsonb)) AS j(value)";
    }

    @Override
    public String jsonRowsWithKey(String parameter) {
        // WITH ORDINALITY counts from 1; SQLite's json_each key, which callers expect, from 0.
        return "(SELECT e.value, e.n - 1 AS key FROM jsonb_array_elements(CAST(" + parameter
                + " AS jsonb)) WITH ORDINALITY AS e(value, n)) AS j";
    }

    @Override
    public String element(String array, String index, Type type) {
        String text = "(" + array + " ->> (" + index + "))";
        return type == Type.TEXT ? text : "CAST(" + text + " AS " + type.name() + ")";
    }

    @Override
    public String json(String parameter) {
        return "CAST(" + parameter + " AS jsonb)";
    }

    @Override
    public String greatest(String a, String b) {
        return "GREATEST(" + a + ", " + b + ")";
    }

    @Override
    public String least(String a, String b) {
        return "LEAST(" + a + ", " + b + ")";
    }

    @Override
    public String countWhere(String condition) {
        return "COUNT(*) FILTER (WHERE " + condition + ")";
    }

    @Override
    public String greatestOrNull(String a, String b) {
        return "CASE WHEN (" + a + ") IS NULL OR (" + b + ") IS NULL THEN NULL ELSE GREATEST(" + a + ", " + b + ") END";
    }

    @Override
    public String joined(String expression) {
        return "string_agg(CAST(" + expression + " AS TEXT), ',')";
    }

    @Override
    public String jsonArray(List<String> items) {
        return "json_build_array(" + String.join(", ", items) + ")";
    }

    @Override
    public String indexedBy(String index) {
        return "";
    }

    @Override
    public String joinInOrder() {
        return "JOIN";
    }

    @Override
    public SearchSql search() {
        return PgSearch.INSTANCE;
    }
}
