package org.carebridge.stack.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.carebridge.stack.Topics;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared test stack is real: SQL runs, events round-trip through Kafka, Keycloak issues realm tokens. */
class TestStackTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void resourceGivesAFreshDatabaseOwnedByTheMigrationRoleAndUsedByTheServiceRole() throws Exception {
        CarebridgeStackResource resource = new CarebridgeStackResource();
        resource.init(Map.of("service", "case"));
        Map<String, String> config = resource.start();
        String url = config.get("quarkus.datasource.jdbc.url");
        try (Connection owner = DriverManager.getConnection(url, config.get("quarkus.flyway.username"),
                config.get("quarkus.flyway.password"));
             Statement s = owner.createStatement()) {
            s.execute("create table probe (id int primary key)"); // as a migration would
        }
        try (Connection c = DriverManager.getConnection(url, config.get("quarkus.datasource.username"),
                config.get("quarkus.datasource.password"));
             Statement s = c.createStatement()) {
            s.execute("insert into probe values (42)");
            try (ResultSet rs = s.executeQuery("select current_user, (select id from probe), "
                    + "(select count(*) from pg_tables where schemaname = 'public')")) {
                assertTrue(rs.next());
                assertEquals("case_service", rs.getString(1));
                assertEquals(42, rs.getInt(2));
                assertEquals(1, rs.getInt(3), "a fresh database holds only what this test created");
            }
            assertThrows(java.sql.SQLException.class, () -> s.execute("create table intruder (id int)"),
                    "the service's runtime role changes rows, not the schema");
        } finally {
            resource.stop();
        }
        assertEquals(TestStack.current().bootstrapServers(), config.get("kafka.bootstrap.servers"));
        assertEquals(TestStack.current().keycloakUrl() + "/realms/carebridge", config.get("quarkus.oidc.auth-server-url"));
        assertThrows(Exception.class, () -> DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                "postgres", "postgres").close(), "stop() drops the database");
    }

    @Test
    void kafkaRoundTripOnAPreCreatedTopic() {
        String bootstrap = TestStack.current().bootstrapServers();
        String topic = "case.escalations";
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer());
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                     ConsumerConfig.GROUP_ID_CONFIG, "stack-test-" + key,
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                     new StringDeserializer(), new StringDeserializer())) {
            assertEquals(Topics.PARTITIONS, producer.partitionsFor(topic).size());
            producer.send(new ProducerRecord<>(topic, key, "{\"hello\":\"" + key + "\"}")).get(20, TimeUnit.SECONDS);
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.stream().noneMatch(r -> key.equals(r.key())) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
            assertTrue(received.stream().anyMatch(r -> key.equals(r.key()) && r.value().contains(key)),
                    "the produced record comes back");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void keycloakIssuesTokensWithRolesAndAttributes() throws Exception {
        JsonNode anna = claims(KeycloakTokens.accessToken("anna"));
        assertEquals("anna", anna.path("preferred_username").asText());
        assertTrue(roles(anna).contains("case-worker"));
        assertFalse(roles(anna).contains("bridge-coordinator"));
        assertEquals("north", anna.path("region").asText());
        assertEquals("school", anna.path("organisation").asText());
        assertEquals(KeycloakTokens.realmUrl(), anna.path("iss").asText());
        assertTrue(anna.path("exp").asLong() - anna.path("iat").asLong() >= 900 - 1, "15 minute tokens");

        JsonNode bruno = claims(KeycloakTokens.accessToken("bruno"));
        assertTrue(roles(bruno).contains("bridge-coordinator"));
        assertFalse(roles(bruno).contains("case-worker"));
        assertTrue(bruno.path("organisation").isMissingNode());

        JsonNode carla = claims(KeycloakTokens.accessToken("carla"));
        assertEquals("south", carla.path("region").asText());

        IllegalStateException wrong = assertThrows(IllegalStateException.class,
                () -> KeycloakTokens.requestToken("anna", "not-her-password"));
        assertTrue(wrong.getMessage().contains("invalid_grant"), wrong.getMessage());
    }

    private static JsonNode claims(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static Set<String> roles(JsonNode claims) {
        Set<String> roles = new java.util.HashSet<>();
        claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
        return roles;
    }
}
