package org.policytracker.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.policytracker.database.EmbeddedDbAccounts.Account;
import org.policytracker.support.PolicyTrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The suite's embedded server (started fresh for the test run, so locked down from its first start)
 * as someone on the same machine would meet it: only the three generated accounts get in, each
 * only with its password, and the application's own account reads and writes rows and nothing else.
 */
@PolicyTrackerTest
class EmbeddedDatabaseAccessTest {

    @Autowired
    EmbeddedMariaDb server;
    @Autowired
    EmbeddedMariaDbProperties settings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Flyway flyway;

    @Test
    void noAccountConnectsWithoutItsPasswordAndNoOtherUserConnectsAtAll() {
        EmbeddedDbAccounts accounts = server.accounts();
        String appPassword = accounts.application().password();
        for (Account intruder : List.of(
                new Account(accounts.application().user(), ""),
                new Account(accounts.application().user(), "wrong-" + appPassword),
                new Account(accounts.migration().user(), ""),
                new Account(accounts.admin().user(), ""),
                new Account(accounts.admin().user(), appPassword),
                new Account("policytracker", appPassword),
                new Account("anyone", ""),
                new Account("", ""))) {
            assertThatThrownBy(() -> connect(intruder).close()).as("%s with '%s'", intruder.user(), intruder.password())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        }
    }

    @Test
    void theApplicationsAccountMayOnlyReadAndWriteRowsOfItsSchema() {
        assertThat(jdbc.sql("select current_user()").query(String.class).single())
                .isEqualTo(accounts().application().user() + "@127.0.0.1");
        assertThat(jdbc.sql("show grants").query(String.class).list()).containsExactlyInAnyOrder(
                "GRANT USAGE ON *.* TO `policytracker_app`@`127.0.0.1` IDENTIFIED BY PASSWORD '" + passwordHash() + "'",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON `" + settings.database() + "`.* TO `policytracker_app`@`127.0.0.1`");
    }

    @Test
    void theApplicationsAccountCannotChangeTheSchema() {
        for (String ddl : List.of("create table probe (id int)", "drop table task", "alter table task add column probe int",
                "create index ix_probe on task (title)", "truncate table task_milestone", "drop database " + settings.database())) {
            assertThatThrownBy(() -> jdbc.sql(ddl).update()).as(ddl).rootCause().hasMessageContaining("denied");
        }
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_schema = database()"
                + " and (table_name = 'probe' or column_name = 'probe')").query(Long.class).single()).isZero();
    }

    @Test
    void theApplicationsAccountCannotReadOrWriteFilesAndTheAdminOnlyInsideTheServersOwnFolder() throws Exception {
        Path files = Path.of(settings.dataDir(), "files");
        Path probe = files.resolve("probe.txt");
        Files.writeString(probe, "inside secure_file_priv");
        try {
            assertThat(jdbc.sql("select load_file(?)").param(probe.toString()).query(String.class).optional()).isEmpty();
            assertThat(jdbc.sql("select load_file('/etc/hostname')").query(String.class).optional()).isEmpty();
            Path written = files.resolve("written-by-app.txt");
            assertThatThrownBy(() -> jdbc.sql("select 1 into outfile '" + written + "'").update())
                    .hasMessageContaining("denied");
            assertThat(written).doesNotExist();
            // the admin (FILE privilege) reads the probe, so a NULL above is the missing privilege, not a missing file;
            // outside the folder even the admin gets nothing
            try (Connection adminConnection = connect(accounts().admin())) {
                JdbcClient admin = JdbcClient.create(new SingleConnectionDataSource(adminConnection, true));
                assertThat(admin.sql("select load_file(?)").param(probe.toString()).query(String.class).single())
                        .isEqualTo("inside secure_file_priv");
                assertThat(admin.sql("select load_file('/etc/hostname')").query(String.class).optional()).isEmpty();
                Path outside = Path.of(settings.dataDir(), "outside.txt");
                assertThatThrownBy(() -> admin.sql("select 1 into outfile '" + outside + "'").update())
                        .hasMessageContaining("secure-file-priv");
                assertThat(outside).doesNotExist();
                assertThat(admin.sql("select @@local_infile").query(Integer.class).single()).isZero();
                assertThat(admin.sql("select @@bind_address").query(String.class).single()).isEqualTo("127.0.0.1");
            }
        } finally {
            Files.delete(probe);
        }
    }

    @Test
    void theMigrationAccountOwnsTheSchemaAtItsLatestVersion() throws Exception {
        assertThat(flyway.info().pending()).isEmpty();
        MigrationInfo[] known = flyway.info().all();
        assertThat(flyway.info().current().getVersion()).isEqualTo(known[known.length - 1].getVersion());
        assertThat(jdbc.sql("select distinct installed_by from flyway_schema_history").query(String.class).list())
                .containsExactly(accounts().migration().user());
        try (Connection connection = connect(accounts().migration())) {
            JdbcClient migration = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            // the triggers fire with their definer's rights (the application's account does not even see them)
            assertThat(migration.sql("select distinct definer from information_schema.triggers where trigger_schema = database()")
                    .query(String.class).list()).containsExactly(accounts().migration().user() + "@127.0.0.1");
            assertThat(migration.sql("show grants").query(String.class).list()).hasSize(2)
                    .contains("GRANT ALL PRIVILEGES ON `" + settings.database() + "`.* TO `policytracker_migration`@`127.0.0.1`")
                    .allSatisfy(grant -> assertThat(grant).doesNotContain("FILE", "SUPER", "GRANT OPTION"));
        }
    }

    @Test
    void thePasswordsAreInAFileOnlyItsOwnerCanRead() throws Exception {
        Path file = Path.of(settings.dataDir(), "data", EmbeddedDbAccounts.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(settings.dataDir()))))
                .isEqualTo("rwx------");
        assertThat(EmbeddedDbAccounts.readFrom(file.getParent())).isEqualTo(accounts());
    }

    private EmbeddedDbAccounts accounts() {
        return server.accounts();
    }

    private String passwordHash() {
        return jdbc.sql("select password(?)").param(accounts().application().password()).query(String.class).single();
    }

    private Connection connect(Account account) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(settings.database()), account.user(), account.password());
    }
}
