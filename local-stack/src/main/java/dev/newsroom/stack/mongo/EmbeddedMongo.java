package dev.newsroom.stack.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dev.newsroom.stack.process.StartFailure;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server (de.bwaldvogel mongo-java-server) on the H2 MVStore backend.
 * Persistent mode keeps everything in {@code <dataDir>/mongo/newsroom.mv}; in-memory mode keeps
 * nothing. Clients only ever see {@link #connectionString()}, so a real MongoDB is a drop-in.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    /**
     * Where and how the server runs.
     *
     * @param dataDir the data directory, or {@code null} for an in-memory store
     * @param host    the address to bind
     * @param port    the port; 0 picks a free one, see {@link #port()}
     */
    public record Config(Path dataDir, String host, int port) {
        public static Config inMemory() {
            return new Config(null, "127.0.0.1", 0);
        }

        public boolean persistent() {
            return dataDir != null;
        }
    }

    /**
     * The H2 page cache: 64 MB instead of H2's 16 MB: every page missing from the cache is read and decoded again. A
     * larger cache costs more than it saves: view documents are rewritten all the time, and each cached version is one
     * more long-lived object for the garbage collector to copy. With 100,000 statements loaded, 32 to 64 MB projected
     * 2,700 to 3,000 events/s, 128 MB 2,200 to 2,450, 256 MB 1,600.
     */
    private static final int CACHE_MB = 64;

    /** H2's own default: what was written is on disk within a second. */
    private static final int AUTO_COMMIT_DELAY_MS = 1000;

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    public static EmbeddedMongo start(Config config) {
        H2Backend backend = config.persistent() ? openPersistent(storeFile(config.dataDir())) : new TunedH2Backend(new MVStore.Builder().open());
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(config.host(), config.port());
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw new IllegalStateException("Mongo-compatible server cannot bind " + config.host() + ":" + config.port()
                    + ": " + e.getMessage(), e);
        }
        InetSocketAddress address = server.getLocalAddress();
        log.info("Mongo-compatible server on {}:{} ({})", config.host(), address.getPort(),
                config.persistent() ? "H2 file under " + config.dataDir() : "in memory");
        return new EmbeddedMongo(server, address);
    }

    /**
     * Opens the backend on the H2 file. Opening reads every collection to build its indexes, and H2 keeps the pages a
     * reader sees only for {@code versionsToKeep} (5) store versions unless the reader registers the version it reads:
     * meanwhile its background writer commits, compacts sparse chunks and drops the chunks it emptied, and the reader
     * fails with "Chunk N not found". That stopped two of four restarts of {@code ./newsroom up} (stores of 35,000 and
     * 45,000 documents, machine busy); the files themselves were intact. So the reading is registered, and the
     * background writer only starts once the backend stands.
     */
    private static H2Backend openPersistent(Path file) {
        MVStore store;
        try {
            store = new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MB).autoCommitDisabled().open();
        } catch (MVStoreException e) {
            throw unreadable(file, e);
        }
        try {
            H2Backend backend = ReadVersion.hold(store, () -> new TunedH2Backend(store));
            store.commit();
            store.setAutoCommitDelay(AUTO_COMMIT_DELAY_MS);
            return backend;
        } catch (MVStoreException e) {
            store.closeImmediately();
            throw unreadable(file, e);
        }
    }

    private static StartFailure unreadable(Path file, MVStoreException e) {
        if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
            return new StartFailure("the Mongo store " + file + " is in use by another process (" + e.getMessage()
                    + "); stop that process (another ./newsroom up or mongo on the same data directory) and start again", e);
        }
        return new StartFailure("the Mongo store " + file + " cannot be read (" + e.getMessage() + "). Start again; if it "
                + "fails again, keep a copy of " + file.getParent() + " for a bug report, then move it away to start with "
                + "an empty store", e);
    }

    private static Path storeFile(Path dataDir) {
        Path dir = dataDir.resolve("mongo").toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Mongo data directory " + dir, e);
        }
        return dir.resolve("newsroom.mv");
    }

    /** {@code mongodb://host:port/}. */
    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/";
    }

    public int port() {
        return address.getPort();
    }

    /** Stops listening, closes open cursors and commits the H2 store. */
    @Override
    public void close() {
        server.shutdown();
    }
}
