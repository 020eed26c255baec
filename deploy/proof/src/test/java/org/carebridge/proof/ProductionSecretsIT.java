package org.carebridge.proof;

import org.carebridge.stack.StackLayout;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Production configuration has no default secret: each packaged service, started in the prod profile with every
 * secret but one, refuses to start and its error names the one that is missing (the variable, or the property it
 * feeds). Nothing else runs: the service stops before it reaches the database or Keycloak.
 */
class ProductionSecretsIT {

    /** Variable -> the property Quarkus may name instead of it (an error naming either is right). */
    private static final Map<String, Map<String, String>> REQUIRED = Map.of(
            "case-service", Map.of("QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_DATASOURCE_PASSWORD",
                    "QUARKUS_FLYWAY_PASSWORD", "QUARKUS_FLYWAY_PASSWORD",
                    "CAREBRIDGE_PSEUDONYM_SECRET", "carebridge.pseudonym.secret",
                    "CAREBRIDGE_DIRECTORY_CLIENT_SECRET", "carebridge.directory.client-secret"),
            "network-service", Map.of("QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_DATASOURCE_PASSWORD",
                    "QUARKUS_FLYWAY_PASSWORD", "QUARKUS_FLYWAY_PASSWORD",
                    "CAREBRIDGE_DIRECTORY_CLIENT_SECRET", "carebridge.directory.client-secret"),
            "advisory-service", Map.of("QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_DATASOURCE_PASSWORD",
                    "QUARKUS_FLYWAY_PASSWORD", "QUARKUS_FLYWAY_PASSWORD"),
            "gateway", Map.of("CAREBRIDGE_GATEWAY_CLIENT_SECRET", "quarkus.oidc.web.credentials.secret",
                    "CAREBRIDGE_GATEWAY_SESSION_SECRET", "quarkus.oidc.web.token-state-manager.encryption-secret"));

    @Test
    void aBackendServiceWithoutASecretRefusesToStartAndNamesIt() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String module : List.of("case-service", "network-service", "advisory-service")) {
            wrong.addAll(missingOneAtATime(module));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theGatewayWithoutASecretRefusesToStartAndNamesIt() throws Exception {
        assertEquals(List.of(), missingOneAtATime("gateway"));
    }

    private static List<String> missingOneAtATime(String module) throws Exception {
        List<String> wrong = new ArrayList<>();
        Map<String, String> required = REQUIRED.get(module);
        for (String missing : required.keySet()) {
            Map<String, String> env = new LinkedHashMap<>();
            required.keySet().stream().filter(v -> !v.equals(missing)).forEach(v -> env.put(v, "x".repeat(40)));
            String output = start(module, env);
            if (output == null) {
                wrong.add(module + " started without " + missing);
            } else if (!output.contains(required.get(missing)) && !output.contains(missing)) {
                wrong.add(module + " without " + missing + " failed without naming " + required.get(missing) + ": "
                        + HttpCalls.abbreviated(output.lines().filter(l -> l.contains("ERROR") || l.contains("SRCFG"))
                        .findFirst().orElse(output)));
            }
        }
        System.out.printf("ProductionSecretsIT: %s refuses to start without each of %s: %s%n", module,
                required.keySet(), wrong.isEmpty() ? "yes" : wrong);
        return wrong;
    }

    /** The service's output when it exits by itself within two minutes, null when it keeps running. */
    private static String start(String module, Map<String, String> secrets) throws IOException, InterruptedException {
        Path jar = StackLayout.load().repoRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        Path log = Files.createTempFile("prod-secrets-" + module, ".log");
        // eleven boots that end at configuration: C1 alone and the serial collector take about a third less CPU each
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().putAll(Map.of("QUARKUS_HTTP_PORT", "0", "QUARKUS_MANAGEMENT_PORT", "0",
                "QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:1/realms/none",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/none",
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1"));
        builder.environment().putAll(secrets);
        Process process = builder.start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                return null;
            }
            return Files.readString(log, StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
