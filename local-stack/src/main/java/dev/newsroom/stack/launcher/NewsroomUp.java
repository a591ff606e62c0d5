package dev.newsroom.stack.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.newsroom.cli.home.DataDirectory;
import dev.newsroom.cli.home.DataOption;
import dev.newsroom.cli.time.DurationConverter;
import dev.newsroom.cli.time.Durations;
import dev.newsroom.registry.SchemaRegistryServer;
import dev.newsroom.stack.kafka.KafkaMain;
import dev.newsroom.stack.mongo.MongoMain;
import dev.newsroom.stack.net.Ports;
import dev.newsroom.stack.process.LogbackConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./newsroom up}: the whole system on this machine. Starts the Kafka broker, the schema registry
 * and the Mongo-compatible store, then ingest-, extract- and store-service, each as its own process
 * logging to {@code <data>/logs/<name>.log}; waits until each is healthy; ingests the given paths (the
 * bundled samples by default); prints a line with the word {@code ready} and the addresses; runs until
 * Ctrl-C and then stops everything it started, services first.
 */
@Command(name = "up", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Start Kafka, the schema registry, the Mongo-compatible store and the three services on this machine, "
                + "ingest PATHs (default: the bundled samples/), and run until Ctrl-C. A port of 0 means any free port.")
public final class NewsroomUp implements Callable<Integer> {

    static final String ROOT_VARIABLE = "NEWSROOM_ROOT";
    /** Room for the extractor's models and two extraction loops, within 1.5 GB resident. */
    static final String EXTRACT_HEAP = "1g";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    @Mixin
    DataOption dataOption = new DataOption();

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "address every process binds and advertises (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--kafka-port", paramLabel = "PORT", defaultValue = "9092", description = "Kafka broker (default: ${DEFAULT-VALUE})")
    int kafkaPort;

    @Option(names = "--registry-port", paramLabel = "PORT", defaultValue = "8081", description = "schema registry (default: ${DEFAULT-VALUE})")
    int registryPort;

    @Option(names = "--mongo-port", paramLabel = "PORT", defaultValue = "27017", description = "Mongo-compatible store (default: ${DEFAULT-VALUE})")
    int mongoPort;

    @Option(names = "--ingest-port", paramLabel = "PORT", defaultValue = "8080", description = "ingest API (default: ${DEFAULT-VALUE})")
    int ingestPort;

    @Option(names = "--ingest-management-port", paramLabel = "PORT", defaultValue = "9080", description = "ingest-service health and metrics (default: ${DEFAULT-VALUE})")
    int ingestManagementPort;

    @Option(names = "--extract-port", paramLabel = "PORT", defaultValue = "8070", description = "extract-service health and metrics (default: ${DEFAULT-VALUE})")
    int extractPort;

    @Option(names = "--web-port", paramLabel = "PORT", defaultValue = "8090", description = "store-service web page and API (default: ${DEFAULT-VALUE})")
    int webPort;

    @Option(names = "--web-management-port", paramLabel = "PORT", defaultValue = "9090", description = "store-service health and metrics (default: ${DEFAULT-VALUE})")
    int webManagementPort;

    @Option(names = "--extract-heap", defaultValue = "${env:NEWSROOM_EXTRACT_HEAP:-" + EXTRACT_HEAP + "}", paramLabel = "SIZE",
            description = "maximum heap of extract-service, its CoreNLP models included, as for java -Xmx"
                    + " (default: $NEWSROOM_EXTRACT_HEAP, else ${DEFAULT-VALUE})")
    String extractHeap;

    @Option(names = "--infra-only", description = "start only Kafka, the schema registry and Mongo; no services, no ingest")
    boolean infraOnly;

    @Option(names = "--timeout", defaultValue = "180", paramLabel = "SECONDS",
            description = "how long each process may take to become healthy (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--max-restarts", paramLabel = "N", defaultValue = "5",
            description = "how often a process that dies is restarted within the restart window before up gives up and stops everything (default: ${DEFAULT-VALUE})")
    int maxRestarts;

    @Option(names = "--restart-window", paramLabel = "DURATION", defaultValue = "10 min", converter = DurationConverter.class,
            description = "the window --max-restarts counts deaths in (default: ${DEFAULT-VALUE})")
    Duration restartWindow;

    @Parameters(paramLabel = "PATH", description = "files or folders to ingest once everything is up (default: samples/)")
    List<Path> paths = new ArrayList<>();

    @Spec
    CommandLine.Model.CommandSpec spec;

    private int kafkaControllerPort;
    private final List<ManagedProcess> started = new ArrayList<>();
    private final Map<ManagedProcess, Health.Probe> probes = new LinkedHashMap<>();
    private volatile Supervisor supervisor;
    private volatile boolean stopping;

    @Override
    public Integer call() throws Exception {
        long begin = System.nanoTime();
        Path root = Path.of(System.getenv().getOrDefault(ROOT_VARIABLE, ".")).toAbsolutePath().normalize();
        DataDirectory dataDirectory = dataOption.directory();
        Path data = dataDirectory.path();
        Path logs = dataDirectory.logs();
        createDirectories(logs);
        resolveEphemeralPorts();

        List<ServiceModule> services = infraOnly ? List.of() : servicesToRun(root);
        checkPortsFree(services);
        buildMissingJars(root, services);
        services = withExecutableJars(root, services);
        String token = IngestToken.loadOrCreate(dataDirectory);

        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "newsroom-stop"));
        try {
            String bootstrap = host + ":" + kafkaPort;
            String registryUrl = "http://" + host + ":" + registryPort;
            String mongoUri = "mongodb://" + host + ":" + mongoPort + "/";

            ManagedProcess kafka = startJava("kafka", List.of("-Xmx512m", "-XX:+UseSerialGC"), KafkaMain.class, logs,
                    "--data", data.toString(), "--host", host, "--port", String.valueOf(kafkaPort),
                    "--controller-port", String.valueOf(kafkaControllerPort), "--stop-with-parent");
            ManagedProcess mongo = startJava("mongo", MongoMain.JVM_OPTIONS, MongoMain.class, logs,
                    "--data", data.toString(), "--host", host, "--port", String.valueOf(mongoPort), "--stop-with-parent");
            awaitHealthy(kafka, Health.kafka(host, kafkaPort));
            ManagedProcess registry = startJava("schema-registry", List.of("-Xmx128m", "-XX:+UseSerialGC"), SchemaRegistryServer.class, logs,
                    "--kafka", bootstrap, "--host", host, "--port", String.valueOf(registryPort), "--stop-with-parent");
            awaitHealthy(mongo, Health.mongo(host, mongoPort));
            awaitHealthy(registry, Health.http(registryUrl + "/subjects", null));

            Map<String, String> serviceEnvironment = Map.of(
                    "SPRING_KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                    "NEWSROOM_SCHEMA_REGISTRY_URL", registryUrl,
                    "NEWSROOM_MONGO_URI", mongoUri,
                    "NEWSROOM_INGEST_TOKEN", token);
            Map<ServiceModule, ManagedProcess> running = new LinkedHashMap<>();
            for (ServiceModule service : services) {
                running.put(service, startService(root, service, serviceEnvironment, data, logs));
            }
            for (Map.Entry<ServiceModule, ManagedProcess> service : running.entrySet()) {
                awaitHealthy(service.getValue(), Health.actuator(host, service.getKey().managementPort()));
            }
            supervise();

            boolean ingestRunning = running.keySet().stream().anyMatch(s -> s.module().equals("ingest-service"));
            boolean storeRunning = running.keySet().stream().anyMatch(s -> s.module().equals("store-service"));
            if (ingestRunning) {
                ingest(root, dataDirectory, ingestApiUrl());
            } else if (!infraOnly) {
                out().println("newsroom: ingest-service is not running, so nothing was ingested");
            }
            out().println(readyLine(bootstrap, registryUrl, mongoUri, data, storeRunning, ingestRunning)
                    + " (up in " + Durations.format(Duration.ofNanos(System.nanoTime() - begin).truncatedTo(ChronoUnit.SECONDS)) + "; Ctrl-C stops)");
            out().flush();
        } catch (RuntimeException e) {
            stopAll();
            throw e;
        }
        String reason = supervisor.awaitGivingUp();
        stopAll();
        throw new LaunchException(reason);
    }

    /** From now on a process that dies is restarted, until one keeps dying. */
    private void supervise() {
        supervisor = new Supervisor(new RestartPolicy(maxRestarts, restartWindow, FIRST_BACKOFF, MAX_BACKOFF), out(),
                Duration.ofSeconds(timeoutSeconds));
        probes.forEach(supervisor::watch);
    }

    /** Turns every port given as 0 into a free port, all distinct, and picks the Kafka controller's port. */
    private void resolveEphemeralPorts() {
        List<Integer> given = List.of(kafkaPort, registryPort, mongoPort, ingestPort, ingestManagementPort,
                extractPort, webPort, webManagementPort);
        int wanted = 1 + (int) given.stream().filter(port -> port == 0).count();
        Iterator<Integer> free = Ports.freePorts(host, wanted, given).iterator();
        kafkaControllerPort = free.next();
        kafkaPort = kafkaPort != 0 ? kafkaPort : free.next();
        registryPort = registryPort != 0 ? registryPort : free.next();
        mongoPort = mongoPort != 0 ? mongoPort : free.next();
        ingestPort = ingestPort != 0 ? ingestPort : free.next();
        ingestManagementPort = ingestManagementPort != 0 ? ingestManagementPort : free.next();
        extractPort = extractPort != 0 ? extractPort : free.next();
        webPort = webPort != 0 ? webPort : free.next();
        webManagementPort = webManagementPort != 0 ? webManagementPort : free.next();
    }

    private List<ServiceModule> servicesToRun(Path root) {
        List<ServiceModule> services = new ArrayList<>();
        for (ServiceModule service : List.of(
                new ServiceModule("ingest-service", ingestPort, ingestManagementPort, INGEST_JVM_OPTIONS),
                new ServiceModule("extract-service", extractPort, extractPort, extractJvmOptions(extractHeap)),
                new ServiceModule("store-service", webPort, webManagementPort, List.of()))) {
            if (service.hasApplication(root)) {
                services.add(service);
            } else {
                out().println("newsroom: " + service.module() + " not built yet: skipped");
            }
        }
        return services;
    }

    /**
     * As docker-compose runs it: its live heap is about 70 MB whatever the article count, and with the JVM's default
     * limit (a quarter of the machine's memory) the heap grew to 1 GB and more under sustained ingest.
     */
    static final List<String> INGEST_JVM_OPTIONS = List.of("-Xmx512m");

    /**
     * The whole heap from the start, and survivors of a young collection promoted at the next one (the collector
     * adapts that later): CoreNLP's models, most of the heap, load in the first seconds, and a heap that grows to
     * them collects and copies them over and over (2 to 4 s of a restart's garbage collection, full collections
     * included). The JIT compiles only code that runs five times as often as by default, which spends less of a
     * start compiling code that runs once (Spring, the model loading); README, "Starting a service", has the figures.
     * As {@code ./newsroom extract} runs the extractor.
     */
    static List<String> extractJvmOptions(String heap) {
        return List.of("-Xms" + heap, "-Xmx" + heap, "-XX:+UseParallelGC", "-XX:InitialTenuringThreshold=1",
                "-XX:CompileThresholdScaling=5");
    }

    /** Refuses to start anything while a needed port is taken, naming the port and the option to change it. */
    private void checkPortsFree(List<ServiceModule> services) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("--kafka-port", kafkaPort);
        ports.put("--registry-port", registryPort);
        ports.put("--mongo-port", mongoPort);
        for (ServiceModule service : services) {
            switch (service.module()) {
                case "ingest-service" -> {
                    ports.put("--ingest-port", ingestPort);
                    ports.put("--ingest-management-port", ingestManagementPort);
                }
                case "extract-service" -> ports.put("--extract-port", extractPort);
                case "store-service" -> {
                    ports.put("--web-port", webPort);
                    ports.put("--web-management-port", webManagementPort);
                }
                default -> throw new IllegalStateException("unknown service " + service.module());
            }
        }
        Map<Integer, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> port : ports.entrySet()) {
            String earlier = seen.putIfAbsent(port.getValue(), port.getKey());
            if (earlier != null) {
                throw new LaunchException("port " + port.getValue() + " is given to both " + earlier + " and "
                        + port.getKey() + "; choose another with " + port.getKey());
            }
        }
        List<String> taken = ports.entrySet().stream()
                .filter(port -> !Ports.isFree(host, port.getValue()))
                .map(port -> port.getValue() + " (" + port.getKey() + ")")
                .toList();
        if (!taken.isEmpty()) {
            throw new LaunchException((taken.size() == 1 ? "port " : "ports ") + String.join(", ", taken) + " on " + host
                    + (taken.size() == 1 ? " is" : " are") + " already in use; choose others with the options named"
                    + " (0 means any free port), or stop whatever holds them, perhaps an earlier ./newsroom up");
        }
    }

    private void buildMissingJars(Path root, List<ServiceModule> services) throws InterruptedException {
        List<String> missing = services.stream().filter(s -> s.jar(root).isEmpty()).map(ServiceModule::module).toList();
        if (missing.isEmpty()) {
            return;
        }
        String modules = String.join(",", missing);
        out().println("newsroom: building " + modules + " (first run only) ...");
        out().flush();
        ProcessBuilder build = new ProcessBuilder(root.resolve("mvnw").toString(), "-q", "-B", "-pl", modules, "-am", "package", "-DskipTests")
                .directory(root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        int exit = run(build, "the build of " + modules);
        if (exit != 0) {
            throw new LaunchException("the build of " + modules + " failed (exit " + exit + "); run ./mvnw -pl " + modules
                    + " -am package to see why");
        }
        for (ServiceModule service : services) {
            if (service.jar(root).isEmpty()) {
                throw new LaunchException("the build of " + service.module() + " produced no jar in "
                        + root.resolve(service.module()).resolve("target"));
            }
        }
    }

    private List<ServiceModule> withExecutableJars(Path root, List<ServiceModule> services) {
        List<ServiceModule> executable = new ArrayList<>();
        for (ServiceModule service : services) {
            Path jar = service.jar(root).orElseThrow();
            if (ServiceModule.executable(jar)) {
                executable.add(service);
            } else {
                out().println("newsroom: " + jar + " is not a runnable Spring Boot jar (no Main-Class; "
                        + "its pom needs spring-boot-maven-plugin): " + service.module() + " skipped");
            }
        }
        return executable;
    }

    private ManagedProcess startService(Path root, ServiceModule service, Map<String, String> common, Path data,
            Path logs) {
        Map<String, String> environment = new LinkedHashMap<>(common);
        // Local state (Kafka Streams stores) survives restarts, so a restart does not read history.
        environment.put("NEWSROOM_STATE_DIR", data.resolve("state").resolve(service.module()).toString());
        environment.put("SERVER_ADDRESS", host);
        environment.put("SERVER_PORT", String.valueOf(service.port()));
        if (service.managementPort() != service.port()) {
            // Spring refuses a management address unless management has a port of its own.
            environment.put("MANAGEMENT_SERVER_ADDRESS", host);
            environment.put("MANAGEMENT_SERVER_PORT", String.valueOf(service.managementPort()));
        }
        ClassDataSharing.Launch launch = ClassDataSharing.prepare(service.jar(root).orElseThrow(), javaBinary());
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(service.jvmOptions());
        command.addAll(launch.jvmOptions());
        command.addAll(List.of("-jar", launch.jar().toString()));
        ManagedProcess process = start(service.module(), command, environment, logs);
        process.note(launch.description());
        return process;
    }

    private void ingest(Path root, DataDirectory data, String apiUrl) throws InterruptedException {
        Path script = root.resolve("newsroom");
        List<String> command = new ArrayList<>(List.of(script.toString(), "ingest", "--api", apiUrl,
                "--token-file", data.ingestTokenFile().toString()));
        if (paths.isEmpty()) {
            command.add(root.resolve("samples").toString());
        } else {
            paths.forEach(path -> command.add(path.toAbsolutePath().toString()));
        }
        ProcessBuilder ingest = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectInput(ProcessBuilder.Redirect.INHERIT) // so that it draws its progress bar only at a terminal
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        int exit = run(ingest, "newsroom ingest");
        if (exit != 0) {
            out().println("newsroom: ingest finished with exit code " + exit + " (see its output above); the system keeps running");
        }
    }

    private String ingestApiUrl() {
        return "http://" + host + ":" + ingestPort + "/api/articles";
    }

    private String readyLine(String bootstrap, String registryUrl, String mongoUri, Path data, boolean storeRunning, boolean ingestRunning) {
        StringBuilder line = new StringBuilder("newsroom ready:");
        if (storeRunning) {
            line.append(" web page http://").append(host).append(':').append(webPort).append("/ |");
        }
        if (ingestRunning) {
            line.append(" ingest API ").append(ingestApiUrl()).append(" |");
        }
        line.append(" Kafka ").append(bootstrap)
                .append(" | schema registry ").append(registryUrl)
                .append(" | Mongo ").append(mongoUri)
                .append(" | data ").append(data);
        return line.toString();
    }

    private ManagedProcess start(String name, List<String> command, Map<String, String> environment, Path logs) {
        ManagedProcess process = ManagedProcess.start(name, command, environment, logs);
        synchronized (started) {
            started.add(process);
        }
        return process;
    }

    private void awaitHealthy(ManagedProcess process, Health.Probe probe) throws InterruptedException {
        probes.put(process, probe);
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        while (!probe.healthy()) {
            if (!process.isAlive()) {
                throw new LaunchException(process.name() + " exited with " + Supervisor.describe(process.exitCode())
                        + " before it became healthy; see " + process.log() + process.lastLogLines());
            }
            if (System.nanoTime() > deadline) {
                throw new LaunchException(process.name() + " did not become healthy within " + timeoutSeconds
                        + " s (--timeout); see " + process.log() + process.lastLogLines());
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        out().println("newsroom: " + process.name() + " is up (" + Durations.format(process.uptime().truncatedTo(ChronoUnit.SECONDS))
                + process.cpuNote() + ")");
        out().flush();
    }

    /** Stops what was started, newest first: services, then registry, Mongo and Kafka last. */
    private void stopAll() {
        List<ManagedProcess> toStop;
        synchronized (started) {
            if (stopping) {
                return;
            }
            stopping = true;
            toStop = new ArrayList<>(started);
        }
        if (supervisor != null) {
            supervisor.close();
        }
        for (int i = toStop.size() - 1; i >= 0; i--) {
            ManagedProcess process = toStop.get(i);
            if (process.isAlive()) {
                System.err.println("newsroom: stopping " + process.name());
                process.stop(STOP_GRACE);
            }
        }
    }

    /** A stack process on this launcher's own classpath (passed as CLASSPATH, which keeps {@code ps} readable). */
    private ManagedProcess startJava(String name, List<String> jvmOptions, Class<?> mainClass, Path logs, String... args) {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dlogback.configurationFile=" + LogbackConfig.STACK_CONFIG, mainClass.getName()));
        command.addAll(List.of(args));
        return start(name, command, Map.of("CLASSPATH", System.getProperty("java.class.path")), logs);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int run(ProcessBuilder builder, String what) throws InterruptedException {
        try {
            return builder.start().waitFor();
        } catch (IOException e) {
            throw new LaunchException("cannot run " + what + ": " + e.getMessage(), e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LaunchException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    public static void main(String[] args) {
        LogbackConfig.useStackConfigUnlessSet();
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new NewsroomUp()).setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof LaunchException) {
                commandLine.getErr().println("newsroom up: " + e.getMessage());
                return 1;
            }
            throw e;
        });
    }
}
