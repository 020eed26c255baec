package org.carebridge.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four Carebridge services, configured through environment variables to find the stack's PostgreSQL,
 * Kafka and Keycloak. A service whose jar is not built yet is skipped with a warning.
 */
final class Services {
    private Services() {
    }

    /** Builds the service components once the infrastructure is ready (their env needs its addresses). */
    static List<ServiceApp> plan(StackLayout layout, PortPlan ports, StackState state, boolean test) {
        String jdbcBase = state.require(StackState.JDBC_BASE);
        String kafka = state.require(StackState.BOOTSTRAP_SERVERS);
        String issuer = state.require(StackState.KEYCLOAK_URL) + "/realms/" + Keycloak.REALM;
        Path logs = state.dir();
        Map<String, Integer> backends = new LinkedHashMap<>();
        backends.put("case", ports.caseService());
        backends.put("network", ports.networkService());
        backends.put("advisory", ports.advisoryService());

        List<ServiceApp> apps = new ArrayList<>();
        for (Map.Entry<String, Integer> backend : backends.entrySet()) {
            String service = backend.getKey();
            Map<String, String> env = common(backend.getValue(), kafka, issuer);
            String database = database(jdbcBase, service, state, test);
            state.put("service." + service + "-service.database", database);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcBase + database);
            env.put("QUARKUS_DATASOURCE_USERNAME", Databases.role(service));
            env.put("QUARKUS_DATASOURCE_PASSWORD", Databases.role(service));
            if (service.equals("case")) {
                env.put("CAREBRIDGE_PSEUDONYM_SECRET", pseudonymSecret(state.dir()));
            }
            apps.add(new ServiceApp(service + "-service", layout.repoRoot(), backend.getValue(), env, logs));
        }
        Map<String, String> gateway = common(ports.gateway(), kafka, issuer);
        gateway.put("CAREBRIDGE_GATEWAY_CASE_SERVICE_URL", url(ports.caseService()));
        gateway.put("CAREBRIDGE_GATEWAY_NETWORK_SERVICE_URL", url(ports.networkService()));
        gateway.put("CAREBRIDGE_GATEWAY_ADVISORY_SERVICE_URL", url(ports.advisoryService()));
        apps.add(new ServiceApp("gateway", layout.repoRoot(), ports.gateway(), gateway, logs));
        return apps;
    }

    private static Map<String, String> common(int port, String kafka, String issuer) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_HTTP_HOST", Ports.HOST);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuer);
        return env;
    }

    /** Run mode keeps {@code carebridge_<service>}; end-to-end runs get fresh databases dropped afterwards. */
    private static String database(String jdbcBase, String service, StackState state, boolean test) {
        try {
            if (test) {
                return TestDatabases.create(jdbcBase, Long.parseLong(state.require(StackState.OWNER_PID)), service);
            }
            Databases.ensureServiceDatabase(jdbcBase, service);
            return Databases.database(service);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the database of " + service + "-service: " + e.getMessage(), e);
        }
    }

    private static String url(int port) {
        return "http://" + Ports.HOST + ":" + port;
    }

    /** One secret per run directory, kept across restarts so pseudonyms stay stable. */
    static String pseudonymSecret(Path dir) {
        Path file = dir.resolve("pseudonym.secret");
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                Files.writeString(file, HexFormat.of().formatHex(bytes));
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
