package org.otklik.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** JDBC conversions both H2 and PostgreSQL accept: nullable longs, lists as comma-joined codes (instants: {@link org.otklik.store.SqlInstants}). */
public final class Sql {
    private Sql() {
    }

    public static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static <T> String join(List<T> items, Function<T, String> code) {
        return String.join(",", items.stream().map(code).toList());
    }

    public static <T> List<T> split(String joined, Function<String, T> parse) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(parse).toList();
    }

    /** SQLSTATE 23505, unique violation, in both H2 and PostgreSQL. */
    public static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}
