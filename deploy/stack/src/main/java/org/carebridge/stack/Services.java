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

    /**
     * Builds the service components once the infrastructure is ready (their env needs its addresses): {@code replicas}
     * of each service, all replicas of a service on its one database, the gateway's routes listing every replica.
     * Replica 1 of each service comes first in the list and has the module's own name; replica r is {@code
     * <module>-r}.
     */
    static List<ServiceApp> plan(StackLayout layout, PortPlan ports, StackState state, boolean test,
                                 RunSecrets secrets, int replicas) {
        String jdbcBase = state.require(StackState.JDBC_BASE);
        String kafka = state.require(StackState.BOOTSTRAP_SERVERS);
        String issuer = state.require(StackState.KEYCLOAK_URL) + "/realms/" + Keycloak.REALM;
        Path logs = state.dir();
        // every service inherits the variable from this process; recorded so that a test finds where spans go
        String collector = System.getenv("CAREBRIDGE_OTLP_ENDPOINT");
        if (collector != null && !collector.isBlank()) {
            state.put(StackState.OTLP_ENDPOINT, collector);
        }
        Map<String, Map<String, String>> envs = new LinkedHashMap<>();
        for (String service : List.of("case", "network", "advisory")) {
            Map<String, String> env = new LinkedHashMap<>();
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
            envs.put(service + "-service", env);
        }
        Map<String, String> gateway = new LinkedHashMap<>();
        gateway.put("CAREBRIDGE_GATEWAY_CLIENT_SECRET", GATEWAY_CLIENT_SECRET);
        gateway.put("CAREBRIDGE_GATEWAY_SESSION_SECRET", secrets.gatewaySessionSecret());
        envs.put("gateway", gateway);

        List<ServiceApp> apps = new ArrayList<>();
        for (int replica = 1; replica <= replicas; replica++) {
            for (Map.Entry<String, Map<String, String>> service : envs.entrySet()) {
                String module = service.getKey();
                PortPlan.ServicePorts port = ports.replica(module, replica);
                Map<String, String> env = common(port.port(), port.management(), kafka, issuer);
                env.putAll(service.getValue());
                apps.add(new ServiceApp(module, replica, layout.repoRoot(), port.port(), port.management(), env, logs,
                        test));
            }
        }
        for (String backend : List.of("case", "network", "advisory")) {
            // one URL per replica: the gateway spreads the calls over them (SmallRye Stork's static list)
            String urls = String.join(",", apps.stream().filter(app -> app.module().equals(backend + "-service"))
                    .map(ServiceApp::url).toList());
            String variable = "CAREBRIDGE_GATEWAY_" + backend.toUpperCase(java.util.Locale.ROOT) + "_SERVICE_URL";
            apps.stream().filter(app -> app.module().equals("gateway")).forEach(app -> app.env().put(variable, urls));
            // the OpenAPI document each gateway merges into /q/openapi-public: replica 1's management interface (the
            // replicas run one build); the default in application.properties only knows ./carebridge start's ports
            String document = apps.stream().filter(app -> app.module().equals(backend + "-service")).findFirst()
                    .orElseThrow().managementUrl();
            String source = "CAREBRIDGE_API_DOCUMENT_SOURCES_" + backend.toUpperCase(java.util.Locale.ROOT) + "_SERVICE";
            apps.stream().filter(app -> app.module().equals("gateway")).forEach(app -> app.env().put(source, document));
        }
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
