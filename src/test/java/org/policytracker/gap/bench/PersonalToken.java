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
 * A personal API token for the benchmark's load: a reading token of a benchmark oversight viewer, written
 * as the application stores one (the SHA-256 of the secret), since the benchmark runs without demo people.
 */
final class PersonalToken {

    private static final String USERNAME = "bench.viewer";

    private PersonalToken() {
    }

    static String create(DataSource dataSource, Instant now) throws Exception {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = "pt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement person = connection.prepareStatement("""
                    INSERT IGNORE INTO app_user (username, tenant_id, display_name, roles)
                    SELECT ?, id, 'Benchmark viewer', 'OVERSIGHT_VIEWER' FROM tenant WHERE kind = 'AGENCY'
                    ORDER BY id LIMIT 1""")) {
                person.setString(1, USERNAME);
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
}
