package org.carebridge.cases;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the tests that read or write the real broker: a fresh {@link CaseEvents} per test, closed after it. */
public abstract class EventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    protected String bootstrapServers;

    protected CaseEvents events;

    @BeforeEach
    void connectToKafka() {
        events = new CaseEvents(new KafkaCompanion(bootstrapServers));
    }

    @AfterEach
    void disconnectFromKafka() {
        events.close();
    }
}
