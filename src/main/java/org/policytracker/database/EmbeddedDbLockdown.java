package org.policytracker.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policytracker.database.EmbeddedDbAccounts.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the embedded server's accounts and grants in their locked-down shape; run as the admin at
 * every start, so it also upgrades a data folder that an earlier version ran with
 * {@code --skip-grant-tables} (no passwords, anonymous accounts, triggers without a definer).
 */
final class EmbeddedDbLockdown {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDbLockdown.class);

    /** The definer clause of a trigger's CREATE statement, quoted parts and all ({@code DEFINER=``}, {@code DEFINER=`a`@`b`}). */
    private static final Pattern DEFINER = Pattern.compile("(?is)^\\s*CREATE\\s+DEFINER\\s*=\\s*(?:`[^`]*`|'[^']*'|[^\\s`'@]+)"
            + "(?:@(?:`[^`]*`|'[^']*'|[^\\s`']+))?\\s+TRIGGER\\b");

    private EmbeddedDbLockdown() {
    }

    /**
     * SQL for the server's {@code --init-file} on the first locked-down start: the server runs it with
     * every right before it accepts connections, which is how an admin password gets into a data folder
     * whose only accounts are password-less or socket-only.
     */
    static String adminScript(Account admin) {
        return "CREATE USER IF NOT EXISTS " + admin.sql() + ";\n"
                + "ALTER USER " + admin.sql() + " IDENTIFIED BY '" + admin.password() + "';\n"
                + "GRANT ALL PRIVILEGES ON *.* TO " + admin.sql() + " WITH GRANT OPTION;\n";
    }

    /**
     * Creates the schema, then the migration and application accounts with exactly their grants. On the
     * first locked-down start it also removes every other account (anonymous ones, the socket-only
     * {@code root@localhost}, the OS user's) and the PUBLIC role's rights on {@code test} databases.
     */
    static void apply(String adminUrl, EmbeddedDbAccounts accounts, String database, boolean firstLockedDownStart) {
        try (Connection connection = DriverManager.getConnection(adminUrl, accounts.admin().user(), accounts.admin().password());
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            if (firstLockedDownStart) {
                dropOtherAccounts(sql, accounts.admin());
                revokePublicRights(sql);
            }
            grantExactly(sql, accounts.migration(), "ALL PRIVILEGES ON `" + database + "`.*");
            grantExactly(sql, accounts.application(), "SELECT, INSERT, UPDATE, DELETE ON `" + database + "`.*");
            giveOrphanTriggersADefiner(sql, database, accounts.migration());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lock down the embedded MariaDB's accounts: " + e.getMessage(), e);
        }
    }

    private static void grantExactly(Statement sql, Account account, String privileges) throws SQLException {
        sql.execute("CREATE USER IF NOT EXISTS " + account.sql() + " IDENTIFIED BY '" + account.password() + "'");
        sql.execute("ALTER USER " + account.sql() + " IDENTIFIED BY '" + account.password() + "'");
        sql.execute("REVOKE ALL PRIVILEGES, GRANT OPTION FROM " + account.sql());
        sql.execute("GRANT " + privileges + " TO " + account.sql());
    }

    private static void dropOtherAccounts(Statement sql, Account admin) throws SQLException {
        List<String> others = strings(sql, "SELECT CONCAT(QUOTE(user), '@', QUOTE(host)) FROM mysql.user"
                + " WHERE is_role = 'N' AND user <> 'mariadb.sys' AND NOT (user = '" + admin.user() + "' AND host = '"
                + EmbeddedDbAccounts.HOST + "')");
        for (String account : others) {
            sql.execute("DROP USER " + account);
            log.info("Embedded MariaDB: dropped account {}", account);
        }
    }

    private static void revokePublicRights(Statement sql) throws SQLException {
        for (String db : strings(sql, "SELECT db FROM mysql.db WHERE user = 'PUBLIC'")) {
            sql.execute("REVOKE ALL PRIVILEGES ON `" + db.replace("`", "``") + "`.* FROM PUBLIC");
            log.info("Embedded MariaDB: revoked the PUBLIC role's rights on {}", db);
        }
    }

    /**
     * Triggers created under {@code --skip-grant-tables} have the definer {@code ''@''}, which does not
     * exist once grants are checked: firing them fails ("The user specified as a definer does not
     * exist"). Such triggers are created again, in their firing order, owned by the migration account
     * (as triggers created by Flyway are).
     */
    private static void giveOrphanTriggersADefiner(Statement sql, String database, Account owner) throws SQLException {
        String schema = "'" + database + "'";
        Integer orphans = integer(sql, "SELECT COUNT(*) FROM information_schema.triggers t WHERE t.trigger_schema = "
                + schema + " AND NOT EXISTS (SELECT 1 FROM mysql.user u WHERE CONCAT(u.user, '@', u.host) = t.definer)");
        if (orphans == 0) {
            return;
        }
        List<String> names = strings(sql, "SELECT trigger_name FROM information_schema.triggers WHERE trigger_schema = "
                + schema + " ORDER BY event_object_table, event_manipulation, action_timing, action_order");
        List<String[]> definitions = new ArrayList<>();
        for (String name : names) {
            try (ResultSet row = sql.executeQuery("SHOW CREATE TRIGGER `" + database + "`.`" + name + "`")) {
                row.next();
                Matcher definer = DEFINER.matcher(row.getString("SQL Original Statement"));
                if (!definer.find()) {
                    throw new IllegalStateException("Trigger " + name + " has no DEFINER clause to replace");
                }
                definitions.add(new String[] {name, row.getString("sql_mode"),
                        definer.replaceFirst("CREATE DEFINER=" + owner.sql().replace("'", "`") + " TRIGGER")});
            }
        }
        sql.execute("USE `" + database + "`");
        for (String[] trigger : definitions) {
            sql.execute("SET SESSION sql_mode = '" + trigger[1] + "'");
            sql.execute("DROP TRIGGER `" + trigger[0] + "`");
            sql.execute(trigger[2]);
        }
        log.info("Embedded MariaDB: {} triggers of {} had a definer that does not exist; all {} now belong to {}",
                orphans, database, definitions.size(), owner.sql());
    }

    private static List<String> strings(Statement sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Integer integer(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getInt(1);
        }
    }
}
