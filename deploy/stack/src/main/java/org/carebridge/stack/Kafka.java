package org.carebridge.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real single-node Kafka 4.4 broker in KRaft mode (broker and controller in one process), run as its own JVM
 * from the jars the kafka-broker module gathers. Listens on 127.0.0.1 only; data lives in the run directory.
 */
public final class Kafka implements OneProcessComponent {
    private final StackLayout layout;
    private final Path dir;
    private final int port;
    private final int controllerPort;
    // a clean broker shutdown takes a few seconds; give it time so the log stays consistent
    private final ProcessSlot process;

    public Kafka(StackLayout layout, Path dir, int port, int controllerPort) {
        this.layout = layout;
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.process = new ProcessSlot(Duration.ofSeconds(30), port);
    }

    @Override
    public String name() {
        return "kafka";
    }

    public String bootstrapServers() {
        return Ports.HOST + ":" + port;
    }

    @Override
    public void start(StackState state) {
        StackLayout.require(layout.kafkaLib(), "Kafka broker jars (build deploy/kafka-broker)");
        Ports.requireFree("Kafka", port, controllerPort);
        Path config = writeConfig();
        if (!Files.exists(dir.resolve("data").resolve("meta.properties"))) {
            format(config);
        }
        ChildProcess broker = launch(name(), brokerCommand("kafka.Kafka", config.toString()), dir.resolve("kafka.log"));
        // generous: after a kill -9 the broker recovers its logs first, minutes on a busy 2-core machine
        broker.awaitReady(Duration.ofSeconds(300), this::healthy);
        createTopics();
        state.put(StackState.BOOTSTRAP_SERVERS, bootstrapServers()).component(name(), broker.pid(), port, "kafka");
    }

    private Path writeConfig() {
        // Static quorum (controller.quorum.voters): the simplest KRaft setup for one combined node.
        String props = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + Ports.HOST + ":" + controllerPort,
                "listeners=PLAINTEXT://" + Ports.HOST + ":" + port + ",CONTROLLER://" + Ports.HOST + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + Ports.HOST + ":" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=" + Topics.PARTITIONS,
                // one node: every internal topic must live with a single replica
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                // consumer groups in tests should not wait 3 s for more members that never come
                "group.initial.rebalance.delay.ms=0",
                "") ;
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("server.properties");
            Files.writeString(file, props);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void format(Path config) {
        launch("kafka storage format",
                brokerCommand("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", config.toString()),
                dir.resolve("kafka-format.log")).awaitExit(Duration.ofSeconds(60));
    }

    /**
     * A random cluster id in Kafka's base64url form. One in 64 such ids starts with '-', which the storage tool's
     * argument parser takes for an option ("argument --cluster-id: expected one argument"): draw again.
     */
    static String clusterId() {
        String id;
        do {
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(uuidBytes());
        } while (id.startsWith("-"));
        return id;
    }

    private static byte[] uuidBytes() {
        UUID uuid = UUID.randomUUID();
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(16);
        buffer.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return buffer.array();
    }

    private List<String> brokerCommand(String mainClass, String... args) {
        // C1-only JIT: faster start on a busy 2-core machine; a local broker never needs C2's peak throughput
        List<String> cmd = new java.util.ArrayList<>(List.of(ChildProcess.currentJava(), "-Xms128m", "-Xmx512m",
                "-XX:+UseG1GC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + layout.kafkaLog4jConfig(),
                "-cp", layout.kafkaLib() + "/*", mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private void createTopics() {
        try (Admin admin = admin()) {
            List<NewTopic> topics = Topics.ALL.stream()
                    .map(t -> new NewTopic(t, Topics.PARTITIONS, (short) 1)).collect(Collectors.toList());
            admin.createTopics(topics).values().forEach((topic, future) -> {
                try {
                    future.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic, e.getCause());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("cannot create topic " + topic, e);
                }
            });
            Log.info("kafka: topics ready: " + String.join(", ", Topics.ALL));
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
    }

    @Override
    public boolean healthy() {
        if (!Ports.inUse(port)) {
            return false;
        }
        try (Admin admin = admin()) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private ChildProcess launch(String name, List<String> command, Path log) {
        return process.launch(name, command, Map.of(), dir, log);
    }

    /** A kill is a crash of the broker: its log is recovered on the next {@link #start}, with data and cluster id. */
    @Override
    public ProcessSlot process() {
        return process;
    }
}
