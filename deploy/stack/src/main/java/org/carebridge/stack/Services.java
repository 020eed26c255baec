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
 * Kafka and Keycloak, each with its public port and its management port (/q/*), and with every secret their
 * production configuration requires (it has no defaults): the run's database passwords and session key
 * ({@link RunSecrets}), the demo realm's client secrets, the run's pseudonym key. A service whose jar is not built
 * yet is skipped with a warning. deploy/README.md lists every variable.
 */
final class Services {
    /** The demo realm's client secrets (carebridge-realm.json): fine for a demo run, never for real data. */
    static final String GATEWAY_CLIENT_SECRET = "carebridge-gateway-secret";
    static final Map<String, String> DIRECTORY_CLIENT_SECRETS = Map.of(
            "case", "case-service-directory-secret", "network", "network-service-directory-secret");

    private Services() {
    }

    /** Builds the service components once the infrastructure is ready (their env needs its addresses). */
    static List<ServiceApp> plan(StackLayout layout, PortPlan ports, StackState state, boolean test,
                                 RunSecrets secrets) {
        String jdbcBase = state.require(StackState.JDBC_BASE);
        String kafka = state.require(StackState.BOOTSTRAP_SERVERS);
        String issuer = state.require(StackState.KEYCLOAK_URL) + "/realms/" + Keycloak.REALM;
        Path logs = state.dir();
        Map<String, int[]> backends = new LinkedHashMap<>();
        backends.put("case", new int[] {ports.caseService(), ports.caseManagement()});
        backends.put("network", new int[] {ports.networkService(), ports.networkManagement()});
        backends.put("advisory", new int[] {ports.advisoryService(), ports.advisoryManagement()});

        List<ServiceApp> apps = new ArrayList<>();
        for (Map.Entry<String, int[]> backend : backends.entrySet()) {
            String service = backend.getKey();
            int[] port = backend.getValue();
            Map<String, String> env = common(port[0], port[1], kafka, issuer);
            String database = database(jdbcBase, service, state, test);
            state.put("service." + service + "-service.database", database);
            env.putAll(databaseEnv(jdbcBase + database, service, secrets));
            if (DIRECTORY_CLIENT_SECRETS.containsKey(service)) {
                env.put("CAREBRIDGE_DIRECTORY_CLIENT_SECRET", DIRECTORY_CLIENT_SECRETS.get(service));
            }
            if (service.equals("case")) {
                env.put("CAREBRIDGE_PSEUDONYM_SECRET", pseudonymSecret(state.dir()));
                // case-service asks Keycloak's admin API whether a new team member is a case worker of the region
                env.put("QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL", state.require(StackState.KEYCLOAK_URL));
            }
            if (service.equals("network")) {
                // network-service is the one that sends email: into the run's mail box (MailBox)
                env.put("QUARKUS_MAILER_HOST", Ports.HOST);
                env.put("QUARKUS_MAILER_PORT", state.require(MailBox.SMTP_PORT));
            }
            apps.add(new ServiceApp(service + "-service", layout.repoRoot(), port[0], port[1], env, logs, test));
        }
        Map<String, String> gateway = common(ports.gateway(), ports.gatewayManagement(), kafka, issuer);
        gateway.put("CAREBRIDGE_GATEWAY_CASE_SERVICE_URL", url(ports.caseService()));
        gateway.put("CAREBRIDGE_GATEWAY_NETWORK_SERVICE_URL", url(ports.networkService()));
        gateway.put("CAREBRIDGE_GATEWAY_ADVISORY_SERVICE_URL", url(ports.advisoryService()));
        gateway.put("CAREBRIDGE_GATEWAY_CLIENT_SECRET", GATEWAY_CLIENT_SECRET);
        gateway.put("CAREBRIDGE_GATEWAY_SESSION_SECRET", secrets.gatewaySessionSecret());
        apps.add(new ServiceApp("gateway", layout.repoRoot(), ports.gateway(), ports.gatewayManagement(), gateway,
                logs, test));
        return apps;
    }

    /** The service logs in as its runtime role; Flyway migrates as the owner role (same database). */
    static Map<String, String> databaseEnv(String jdbcUrl, String service, RunSecrets secrets) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", Databases.role(service));
        env.put("QUARKUS_DATASOURCE_PASSWORD", secrets.password(Databases.role(service)));
        env.put("QUARKUS_FLYWAY_USERNAME", Databases.ownerRole(service));
        env.put("QUARKUS_FLYWAY_PASSWORD", secrets.password(Databases.ownerRole(service)));
        return env;
    }

    private static Map<String, String> common(int port, int managementPort, String kafka, String issuer) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        env.put("QUARKUS_MANAGEMENT_HOST", Ports.HOST);
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
