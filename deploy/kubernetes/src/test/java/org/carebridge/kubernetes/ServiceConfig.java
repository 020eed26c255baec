package org.carebridge.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's own configuration says the deployment must give it: its topics and consumer groups (its
 * application.properties over platform's defaults), its management port, and the variables %prod needs with no default.
 */
record ServiceConfig(String name, int managementPort, Set<String> consumedTopics, Set<String> producedTopics,
                     String deadLetterTopic, String group, Set<String> readerGroups, Set<String> requiredVariables) {

    static final Set<String> BACKEND = Set.of("case-service", "network-service", "advisory-service");

    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.topic");
    private static final Pattern READERS = Pattern.compile("carebridge\\.topics\\.readers\\.\"(.+)\"");
    /** ${VARIABLE} with no default (":") in a %prod value: the start fails without it. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    static ServiceConfig read(Path root, String service) {
        Properties own = load(root.resolve(service).resolve("src/main/resources/application.properties"));
        Properties platform = load(root.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"));
        Properties web = load(root.resolve("platform-web/src/main/resources/META-INF/microprofile-config.properties"));
        String name = own.getProperty("quarkus.application.name", service);
        Set<String> consumed = new TreeSet<>();
        Set<String> produced = new TreeSet<>();
        Set<String> readerGroups = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        for (String key : own.stringPropertyNames()) {
            String value = own.getProperty(key);
            if (INCOMING_TOPIC.matcher(key).matches()) {
                consumed.add(value);
            }
            Matcher readers = READERS.matcher(key);
            if (readers.matches()) {
                produced.add(readers.group(1));
                for (String reader : value.split(",")) {
                    readerGroups.add(reader.trim());
                }
            }
            if (key.startsWith("%prod.")) {
                Matcher variable = REQUIRED_VARIABLE.matcher(value);
                while (variable.find()) {
                    required.add(variable.group(1));
                }
            }
        }
        String port = own.getProperty("quarkus.management.port", web.getProperty("quarkus.management.port"));
        return new ServiceConfig(name, Integer.parseInt(port), consumed, produced,
                platform.getProperty("carebridge.dead-letters.topic").replace("${quarkus.application.name}", name),
                platform.getProperty("mp.messaging.connector.smallrye-kafka.group.id")
                        .replace("${quarkus.application.name}", name),
                readerGroups, required);
    }

    /** Whether the service talks to Kafka at all (the gateway does not). */
    boolean usesKafka() {
        return !consumedTopics.isEmpty() || !producedTopics.isEmpty();
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return properties;
    }
}
