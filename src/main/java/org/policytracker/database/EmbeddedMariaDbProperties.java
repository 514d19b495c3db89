package org.policytracker.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded MariaDB server used when no external database is configured.
 *
 * @param dataDir  folder holding the server binaries and the data; survives restarts
 * @param port     TCP port on 127.0.0.1; 0 picks a free one
 * @param database schema the application uses
 * @param fresh    wipe the data before starting (tests)
 */
@ConfigurationProperties("policy-tracker.embedded-db")
public record EmbeddedMariaDbProperties(String dataDir, int port, String database, boolean fresh) {
}
