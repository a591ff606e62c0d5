package dev.newsroom.stack.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bson.Document;

/** One probe per kind of process: true once it serves requests, false (never an exception) before. */
final class Health {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    private Health() {
    }

    @FunctionalInterface
    interface Probe {
        boolean healthy();
    }

    /** The broker answers a metadata request (checked only once its port accepts connections, which is cheaper). */
    static Probe kafka(String host, int port) {
        String bootstrapServers = host + ":" + port;
        return () -> {
            if (!acceptsConnections(host, port)) {
                return false;
            }
            try (Admin admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) PROBE_TIMEOUT.toMillis(),
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) PROBE_TIMEOUT.toMillis()))) {
                return !admin.describeCluster().nodes().get(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).isEmpty();
            } catch (Exception e) {
                return false;
            }
        };
    }

    /** The server answers {@code ping} (checked only once its port accepts connections). */
    static Probe mongo(String host, int port) {
        String uri = "mongodb://" + host + ":" + port + "/";
        return () -> {
            if (!acceptsConnections(host, port)) {
                return false;
            }
            MongoClientSettings settings = MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString(uri))
                    .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                    .build();
            try (MongoClient client = MongoClients.create(settings)) {
                return client.getDatabase("admin").runCommand(new Document("ping", 1)).get("ok") != null;
            } catch (RuntimeException e) {
                return false;
            }
        };
    }

    private static boolean acceptsConnections(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) PROBE_TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** GET {@code url} answers 200 and, when {@code expectedInBody} is given, contains it. */
    static Probe http(String url, String expectedInBody) {
        return () -> {
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(URI.create(url)).timeout(PROBE_TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && (expectedInBody == null || response.body().contains(expectedInBody));
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }

    /** Spring Boot actuator health on the management port reports {@code "status":"UP"}. */
    static Probe actuator(String host, int managementPort) {
        return http("http://" + host + ":" + managementPort + "/actuator/health", "\"status\":\"UP\"");
    }
}
