package org.policytracker.gap.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * The benchmark's callers, since it runs without demo data: the organisation of the demo user
 * viewer.congress (HTTP Basic is refused to a member of an organisation the database does not hold), and a
 * reading personal API token of a benchmark oversight viewer there, written as the application stores one
 * (the SHA-256 of the secret).
 */
final class PersonalToken {

    private static final String USERNAME = "bench.viewer";
    private static final String TENANT = "congress-oversight";

    private PersonalToken() {
    }

    static String create(DataSource dataSource, Instant now) throws Exception {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = "pt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        try (Connection connection = dataSource.getConnection()) {
            admitViewers(connection);
            try (PreparedStatement person = connection.prepareStatement("""
                    INSERT IGNORE INTO app_user (username, tenant_id, display_name, roles)
                    VALUES (?, ?, 'Benchmark viewer', 'OVERSIGHT_VIEWER')""")) {
                person.setString(1, USERNAME);
                person.setString(2, TENANT);
                person.executeUpdate();
            }
            try (PreparedStatement token = connection.prepareStatement("""
                    INSERT INTO personal_api_token (username, name, scope, token_hash, created_at)
                    VALUES (?, ?, 'READ', ?, ?)""")) {
                token.setString(1, USERNAME);
                token.setString(2, "Benchmark " + now);
                token.setString(3, hash);
                token.setTimestamp(4, Timestamp.from(now));
                token.executeUpdate();
            }
        }
        return secret;
    }

    /** The oversight organisation of viewer.congress and bench.viewer. */
    static void admitViewers(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            admitViewers(connection);
        }
    }

    private static void admitViewers(Connection connection) throws Exception {
        try (PreparedStatement tenant = connection.prepareStatement(
                "INSERT IGNORE INTO tenant (id, kind, name) VALUES (?, 'OVERSIGHT', 'Congressional oversight')")) {
            tenant.setString(1, TENANT);
            tenant.executeUpdate();
        }
    }
}
