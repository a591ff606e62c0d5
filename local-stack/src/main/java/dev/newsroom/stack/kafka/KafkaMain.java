package dev.newsroom.stack.kafka;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.newsroom.stack.process.RunUntilStopped;
import dev.newsroom.stack.process.ServerMain;
import dev.newsroom.stack.process.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs {@link EmbeddedKafka} as its own process until it is stopped. */
@Command(name = "kafka", mixinStandardHelpOptions = true,
        description = "Run a single-node KRaft Kafka broker with its log under DATA/kafka.")
public final class KafkaMain implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "data directory")
    Path dataDir;

    @Mixin
    ServerOptions server;

    @Option(names = "--port", defaultValue = "9092", description = "client port, 0 for any free port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--controller-port", defaultValue = "0", description = "KRaft controller port on 127.0.0.1, 0 for any free port (default: ${DEFAULT-VALUE})")
    int controllerPort;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        EmbeddedKafka kafka = EmbeddedKafka.start(new EmbeddedKafka.Config(dataDir, server.host, port, controllerPort));
        System.out.printf("Kafka broker ready on %s in %d ms%n", kafka.bootstrapServers(), (System.nanoTime() - started) / 1_000_000);
        RunUntilStopped.run(kafka, server.stopWithParent);
        return 0;
    }

    public static void main(String[] args) {
        ServerMain.run("kafka", new KafkaMain(), args);
    }
}
