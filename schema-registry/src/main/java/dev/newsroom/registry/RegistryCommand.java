package dev.newsroom.registry;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line of {@link SchemaRegistryServer#main}: starts the registry and runs until stopped. */
@Command(name = "schema-registry", mixinStandardHelpOptions = true,
        description = "Confluent-compatible schema registry keeping its schemas in a compacted Kafka topic.")
final class RegistryCommand implements Callable<Integer> {

    @Option(names = "--kafka", required = true, paramLabel = "SERVERS",
            description = "Kafka bootstrap servers holding the schemas topic.")
    String kafka;

    @Option(names = "--port", defaultValue = "8081", description = "HTTP port (0 = any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "localhost", description = "Interface to listen on. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--topic", defaultValue = RegistryConfig.DEFAULT_TOPIC,
            description = "Compacted topic the schemas are kept in. Default: ${DEFAULT-VALUE}.")
    String topic;

    @Option(names = "--stop-with-parent",
            description = "Exit when the process that started this one exits, so a killed launcher leaves no orphan.")
    boolean stopWithParent;

    static int run(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "schema-registry-logback.xml");
        }
        return new CommandLine(new RegistryCommand())
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    commandLine.getErr().println("schema-registry: " + e.getMessage());
                    return 1;
                })
                .execute(args);
    }

    @Override
    public Integer call() throws InterruptedException {
        SchemaRegistryServer server = SchemaRegistryServer.start(new RegistryConfig(kafka, host, port, topic));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "schema-registry-shutdown"));
        if (stopWithParent) {
            ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        }
        System.out.println("Schema registry ready at " + server.url());
        stopped.await();
        return 0;
    }
}
