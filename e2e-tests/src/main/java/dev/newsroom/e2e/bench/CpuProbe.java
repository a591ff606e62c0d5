package dev.newsroom.e2e.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.newsroom.e2e.client.NewsroomApi;

/**
 * CPU time of each process of the pipeline, so a run can say what share of the cores each took: the services
 * through their actuators ({@code process.cpu.time}), the broker and the Mongo-compatible store of
 * {@code ./newsroom up} found among this machine's processes by their main class, and this bench itself.
 * A process it cannot see (another machine, docker compose) is left out.
 */
final class CpuProbe {

    private static final Map<String, String> LOCAL_MAIN_CLASSES = Map.of(
            "kafka broker", "dev.newsroom.stack.kafka.KafkaMain",
            "mongo store", "dev.newsroom.stack.mongo.MongoMain",
            "schema registry", "dev.newsroom.registry.SchemaRegistryServer");

    private final Map<String, Integer> managementPorts;
    private final HttpClient http = HttpClient.newHttpClient();

    CpuProbe(Map<String, Integer> managementPorts) {
        this.managementPorts = managementPorts;
    }

    /** CPU seconds each process has used so far. */
    Map<String, Double> snapshot() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        managementPorts.forEach((service, port) -> {
            Double cpu = actuatorCpu(port);
            if (cpu != null) {
                seconds.put(service, cpu);
            }
        });
        LOCAL_MAIN_CLASSES.forEach((name, mainClass) -> ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(mainClass)).orElse(false))
                .findFirst().flatMap(p -> p.info().totalCpuDuration())
                .ifPresent(cpu -> seconds.put(name, cpu.toNanos() / 1e9)));
        ProcessHandle.current().info().totalCpuDuration().ifPresent(cpu -> seconds.put("this bench", cpu.toNanos() / 1e9));
        return seconds;
    }

    /** Prints what each process used between two snapshots, as seconds and as a share of all cores over {@code wall}. */
    static void print(Map<String, Double> before, Map<String, Double> after, Duration wall, int articles) {
        int cores = Runtime.getRuntime().availableProcessors();
        double available = cores * wall.toNanos() / 1e9;
        System.out.printf(Locale.ROOT, "  CPU meanwhile (%d cores, %.0f CPU-s available; load average %s):%n", cores, available,
                loadAverage());
        after.forEach((process, end) -> {
            Double start = before.get(process);
            if (start != null) {
                double used = end - start;
                System.out.printf(Locale.ROOT, "    %-16s %7.1f s  %4.1f%% of the cores  %6.1f ms an article%n", process, used,
                        100 * used / available, 1000 * used / articles);
            }
        });
    }

    /** The 1-, 5- and 15-minute load averages, or "unknown" where /proc is missing. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException unreadable) {
            return "unknown";
        }
    }

    private Double actuatorCpu(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/actuator/metrics/process.cpu.time")).timeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return null;
            }
            return NewsroomApi.json().readTree(response.body()).path("measurements").path(0).path("value").asDouble() / 1e9;
        } catch (IOException | RuntimeException unreachable) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
