package dev.newsroom.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A schema registry that stock Confluent clients can talk to: the Confluent REST subset of {@link RestApi}
 * served by the JDK's HTTP server, with schemas kept in a {@link SchemaStore}.
 */
public final class SchemaRegistryServer implements AutoCloseable {

    private static final int HANDLER_THREADS = 4;

    private final HttpServer http;
    private final ExecutorService executor;
    private final SchemaStore store;
    private final String url;
    private boolean closed;

    private SchemaRegistryServer(HttpServer http, ExecutorService executor, SchemaStore store, String host) {
        this.http = http;
        this.executor = executor;
        this.store = store;
        String urlHost = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        this.url = "http://" + urlHost + ":" + http.getAddress().getPort();
    }

    /** Starts a registry storing its schemas in the Kafka topic {@code config.schemasTopic()}. */
    public static SchemaRegistryServer start(RegistryConfig config) {
        if (config.kafkaBootstrapServers() == null || config.kafkaBootstrapServers().isBlank()) {
            throw new IllegalArgumentException("kafkaBootstrapServers is required: the registry keeps its schemas in "
                    + "Kafka (use start(config, new InMemorySchemaStore()) for a registry without Kafka)");
        }
        return start(config, new KafkaSchemaStore(config.kafkaBootstrapServers(), config.schemasTopic()));
    }

    /**
     * Starts a registry on the given store, which it owns from now on and closes in {@link #close()}.
     * {@code config.kafkaBootstrapServers()} and {@code schemasTopic()} are not used.
     */
    public static SchemaRegistryServer start(RegistryConfig config, SchemaStore store) {
        HttpServer http;
        try {
            SchemaRegistry registry = new SchemaRegistry(store);
            http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 64);
            http.createContext("/", new RestApi(registry));
        } catch (BindException e) {
            store.close();
            throw new IllegalStateException("Port %d on %s is already in use: choose another port (--port)"
                    .formatted(config.port(), config.host()), e);
        } catch (IOException e) {
            store.close();
            throw new UncheckedIOException("Could not listen on %s:%d".formatted(config.host(), config.port()), e);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(HANDLER_THREADS, task -> {
            Thread thread = new Thread(task, "schema-registry-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(executor);
        http.start();
        SchemaRegistryServer server = new SchemaRegistryServer(http, executor, store, config.host());
        // looked up here, not in a static field: main() chooses the logging configuration before logging starts
        Logger log = LoggerFactory.getLogger(SchemaRegistryServer.class);
        log.info("Schema registry listening on {}", server.url());
        return server;
    }

    /** The base URL clients use, {@code http://host:port}. */
    public String url() {
        return url;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        http.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }

    /**
     * Runs the registry as its own process:
     * {@code --kafka HOST:PORT --port N [--host H] [--topic _schemas] [--stop-with-parent]}.
     */
    public static void main(String[] args) {
        System.exit(RegistryCommand.run(args));
    }
}
