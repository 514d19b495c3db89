package org.policytracker.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The three accounts of the embedded server, with passwords generated at its first locked-down start
 * and kept in a file only the operating-system owner can read (rw-------) in the server's data folder,
 * so they live and die with the data they protect. Every account is reachable on 127.0.0.1 only.
 *
 * @param admin       {@code root}: everything; used only at start to create the schema and the other accounts
 * @param migration   owns the schema: Flyway's account (DDL on the application's schema, nothing else)
 * @param application the application's account at run time: reads and writes rows of its schema, nothing else
 */
record EmbeddedDbAccounts(Account admin, Account migration, Account application) {

    static final String HOST = "127.0.0.1";
    static final String FILE_NAME = "policy-tracker-accounts.properties";
    /** What a name or password may hold, so that they go into SQL without escaping. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    record Account(String user, String password) {

        /** The account as SQL names it; user names and generated passwords need no escaping. */
        String sql() {
            return "'" + user + "'@'" + HOST + "'";
        }
    }

    static EmbeddedDbAccounts generate() {
        return new EmbeddedDbAccounts(new Account("root", secret()), new Account("policytracker_migration", secret()),
                new Account("policytracker_app", secret()));
    }

    static boolean existIn(Path dataFolder) {
        return Files.exists(dataFolder.resolve(FILE_NAME));
    }

    static EmbeddedDbAccounts readFrom(Path dataFolder) {
        Properties file = new Properties();
        try (Reader in = Files.newBufferedReader(dataFolder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            file.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EmbeddedDbAccounts(account(file, "admin"), account(file, "migration"), account(file, "application"));
    }

    /** Writes the file owner-only from its first byte (a temporary file moved into place). */
    void writeTo(Path dataFolder) {
        Properties file = new Properties();
        put(file, "admin", admin);
        put(file, "migration", migration);
        put(file, "application", application);
        Path target = dataFolder.resolve(FILE_NAME);
        try {
            Path written = ownerOnlyFile(dataFolder.resolve(FILE_NAME + ".new"));
            try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                file.store(out, "Accounts of the embedded MariaDB (generated; 127.0.0.1 only). Keep this file private.");
            }
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates an empty file readable and writable by its owner only (where the file system has permissions). */
    static Path ownerOnlyFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(file);
    }

    private static void put(Properties file, String role, Account account) {
        file.setProperty(role + ".user", account.user());
        file.setProperty(role + ".password", account.password());
    }

    private static Account account(Properties file, String role) {
        String user = file.getProperty(role + ".user");
        String password = file.getProperty(role + ".password");
        if (user == null || password == null || !PLAIN.matcher(user).matches() || !PLAIN.matcher(password).matches()) {
            throw new IllegalStateException("The embedded database's account file lacks a plain " + role
                    + ".user or " + role + ".password (letters, digits, _ and -); restore it from a backup, or delete the data folder to start afresh");
        }
        return new Account(user, password);
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
