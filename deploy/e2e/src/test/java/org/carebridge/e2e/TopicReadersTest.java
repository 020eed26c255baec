package org.carebridge.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Each producer names the consumer groups that read its topics (carebridge.topics.readers), and cuts records once
 * they all committed past them. A reader it forgot would lose events; a reader that no longer exists would keep
 * every record. So the names must be exactly the groups the services' incoming channels use.
 */
class TopicReadersTest {

    private static final List<String> SERVICES = List.of("case-service", "network-service", "advisory-service", "gateway");
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
    private static final Pattern READERS = Pattern.compile("carebridge\\.topics\\.readers\\.\"([^\"]+)\"");

    @Test
    void everyProducerNamesExactlyTheGroupsThatConsumeItsTopics() throws IOException {
        Map<String, Set<String>> consumed = new TreeMap<>();
        Map<String, Set<String>> named = new TreeMap<>();
        for (String service : SERVICES) {
            Properties config = load(service);
            for (String key : config.stringPropertyNames()) {
                Matcher incoming = INCOMING_TOPIC.matcher(key);
                if (incoming.matches()) {
                    // the platform's connector default is the service's name; a channel may name another group
                    String group = config.getProperty("mp.messaging.incoming." + incoming.group(1) + ".group.id",
                            config.getProperty("quarkus.application.name"));
                    consumed.computeIfAbsent(config.getProperty(key), t -> new TreeSet<>()).add(group);
                }
                Matcher readers = READERS.matcher(key);
                if (readers.matches()) {
                    named.computeIfAbsent(readers.group(1), t -> new TreeSet<>())
                            .addAll(Arrays.stream(config.getProperty(key).split(",")).map(String::trim).toList());
                }
            }
        }
        assertFalse(consumed.isEmpty(), "the test must have found the services' incoming channels");
        assertEquals(consumed, named, "topic -> consumer groups, as consumed (expected) and as the producers name them");
    }

    private static Properties load(String service) throws IOException {
        Path file = Path.of("../..", service, "src/main/resources/application.properties");
        Properties config = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            config.load(reader);
        }
        // profile-specific keys (%test., %prod.) are variants of a key above, not channels of their own
        Map<String, String> plain = new HashMap<>();
        config.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                .forEach(k -> plain.put(k, config.getProperty(k)));
        Properties result = new Properties();
        result.putAll(plain);
        return result;
    }
}
