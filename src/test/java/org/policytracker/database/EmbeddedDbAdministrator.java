package org.policytracker.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * For benchmarks outside this package: a connection as the embedded server's administrator (the
 * only account with the FILE privilege) and the one folder the server reads files from
 * ({@code --secure-file-priv}).
 */
public final class EmbeddedDbAdministrator {

    private EmbeddedDbAdministrator() {
    }

    public static Connection connect(EmbeddedMariaDb server, EmbeddedMariaDbProperties settings) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(settings.database()), server.accounts().admin().user(),
                server.accounts().admin().password());
    }

    public static Path filesFolder(EmbeddedMariaDbProperties settings) {
        return Path.of(settings.dataDir(), "files");
    }
}
