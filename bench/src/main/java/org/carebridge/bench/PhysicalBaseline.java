package org.carebridge.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * What this machine physically does, measured in the same run as the system: a raw Kafka produce -> consume
 * round trip on the same broker, and a single-row insert commit on the same PostgreSQL (a table shaped like the
 * journal's, in its own database, default durability like the services').
 */
final class PhysicalBaseline {
    static final String TOPIC = "bench.baseline";
    static final String INSERT = "insert into bench_entry (id, case_id, at, kind, actor, summary) values (?, ?, ?, 'NOTE', 'bench', ?)";

    private final RunningSystem system;

    PhysicalBaseline(RunningSystem system) {
        this.system = system;
    }

    /** Round trips at the escalations' steady rate: producer with acks=all like the services' relays. */
    Percentiles kafkaRoundTrip(int count, int perSecond) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        List<Long> rtt = new ArrayList<>();
        try (KafkaProducer<String, Long> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new LongSerializer());
             KafkaConsumer<String, Long> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers(),
                     ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new LongDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            Thread sender = new Thread(() -> {
                long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
                long start = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    LockSupport.parkNanos(start + i * interval - System.nanoTime());
                    producer.send(new ProducerRecord<>(TOPIC, "k" + i, System.nanoTime()));
                }
                producer.flush();
            }, "bench-kafka-producer");
            sender.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(count / perSecond + 30L);
            while (rtt.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, Long> record : consumer.poll(Duration.ofMillis(100))) {
                    rtt.add(System.nanoTime() - record.value());
                }
            }
            sender.join();
        }
        return Percentiles.of(rtt);
    }

    /** One autocommitted single-row insert at a time: the commit (WAL flush) is what is measured. */
    Percentiles insertCommit(int count) throws SQLException {
        prepareTable();
        List<Long> latency = new ArrayList<>();
        try (Connection c = benchDatabase(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (int i = 0; i < count; i++) {
                long t0 = System.nanoTime();
                bind(insert).executeUpdate();
                latency.add(System.nanoTime() - t0);
            }
        }
        return Percentiles.of(latency);
    }

    /** Inserts per second by {@code threads} connections, each inserting and committing one row at a time. */
    double insertThroughput(int threads, Duration duration) throws Exception {
        prepareTable();
        return Throughput.measure(threads, duration, () -> {
            Connection c = benchDatabase();
            PreparedStatement insert = c.prepareStatement(INSERT);
            return new Throughput.Worker() {
                @Override
                public void once() throws SQLException {
                    bind(insert).executeUpdate();
                }

                @Override
                public void close() throws SQLException {
                    c.close();
                }
            };
        });
    }

    private static PreparedStatement bind(PreparedStatement insert) throws SQLException {
        insert.setObject(1, UUID.randomUUID());
        insert.setObject(2, UUID.randomUUID());
        insert.setObject(3, OffsetDateTime.now());
        insert.setString(4, "a journal note of about the length a team member types in a hurry");
        return insert;
    }

    private void prepareTable() throws SQLException {
        try (Connection c = system.database("case"); Statement s = c.createStatement()) {
            if (!c.createStatement().executeQuery("select 1 from pg_database where datname = 'carebridge_bench'").next()) {
                s.execute("create database carebridge_bench");
            }
        }
        try (Connection c = benchDatabase(); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_entry (id uuid primary key, case_id uuid not null, "
                    + "at timestamptz not null, kind varchar(30) not null, actor varchar(100) not null, summary text not null)");
            s.execute("create index if not exists bench_entry_by_case on bench_entry (case_id, at)");
            s.execute("truncate bench_entry");
        }
    }

    private Connection benchDatabase() throws SQLException {
        return org.carebridge.stack.Postgres.connect(system.state().require(org.carebridge.stack.StackState.JDBC_BASE),
                "carebridge_bench");
    }
}
