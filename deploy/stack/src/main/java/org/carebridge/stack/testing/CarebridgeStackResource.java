package org.carebridge.stack.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.carebridge.stack.Databases;
import org.carebridge.stack.RunSecrets;
import org.carebridge.stack.TestDatabases;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Gives a {@code @QuarkusTest} real infrastructure: a fresh database on a real PostgreSQL (owned by the
 * service's owner role, which Flyway uses; the service runs as its runtime role, which may only change rows), the shared real Kafka broker and the real Keycloak with the carebridge realm.
 *
 * <pre>
 * &#64;QuarkusTestResource(value = CarebridgeStackResource.class,
 *         initArgs = &#64;ResourceArg(name = "service", value = "case"))
 * </pre>
 * {@code service} is {@code case}, {@code network}, {@code advisory} (each gets a database) or {@code gateway}
 * (no database).
 */
public class CarebridgeStackResource implements QuarkusTestResourceLifecycleManager {
    public static final String KEYCLOAK_URL_PROPERTY = "carebridge.test.keycloak-url";
    public static final String MANAGEMENT_URL_PROPERTY = "carebridge.test.management-url";
    private static final Set<String> SERVICES = Set.of("case", "network", "advisory", "gateway");

    private String service;
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.get("service");
        if (service == null || !SERVICES.contains(service)) {
            throw new IllegalArgumentException("CarebridgeStackResource needs initArgs service = one of " + SERVICES
                    + ", got " + service);
        }
    }

    @Override
    public Map<String, String> start() {
        TestStack stack = TestStack.current();
        Map<String, String> config = new HashMap<>();
        if (!service.equals("gateway")) {
            try {
                database = TestDatabases.create(stack.jdbcBaseUrl(), stack.ownerPid(), service);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create a test database for " + service + ": " + e.getMessage(), e);
            }
            // as in a run: the service logs in as its runtime role, Flyway migrates as the owner role
            RunSecrets secrets = RunSecrets.of(stack.stateDir());
            config.put("quarkus.datasource.jdbc.url", stack.jdbcUrl(database));
            config.put("quarkus.datasource.username", Databases.role(service));
            config.put("quarkus.datasource.password", secrets.password(Databases.role(service)));
            config.put("quarkus.flyway.username", Databases.ownerRole(service));
            config.put("quarkus.flyway.password", secrets.password(Databases.ownerRole(service)));
        }
        // /q/* lives on the management interface: a free port, known to the test through managementUrl(). The
        // HTTP port is chosen here too: Quarkus tags a server's metrics with its port only when it is not 0, and
        // two servers whose metrics differ in tags make Micrometer throw while binding, so start-up never ends.
        int management = org.carebridge.stack.Ports.free();
        config.put("quarkus.management.test-port", String.valueOf(management));
        config.put("quarkus.http.test-port", String.valueOf(org.carebridge.stack.Ports.free()));
        System.setProperty(MANAGEMENT_URL_PROPERTY, "http://" + org.carebridge.stack.Ports.HOST + ":" + management);
        config.put("kafka.bootstrap.servers", stack.bootstrapServers());
        config.put("quarkus.oidc.auth-server-url", stack.realmUrl());
        config.put(KEYCLOAK_URL_PROPERTY, stack.keycloakUrl());
        return config;
    }

    /** The running test application's management interface, e.g. {@code managementUrl() + "/q/openapi"}. */
    public static String managementUrl() {
        String url = System.getProperty(MANAGEMENT_URL_PROPERTY);
        if (url == null) {
            throw new IllegalStateException("no test application with CarebridgeStackResource has started");
        }
        return url;
    }

    @Override
    public void stop() {
        if (database != null) {
            try {
                Databases.dropDatabase(TestStack.current().jdbcBaseUrl(), database);
            } catch (SQLException e) {
                // the supervisor drops every database of this build when the build ends anyway
                System.out.println("[carebridge-stack] could not drop " + database + ": " + e.getMessage());
            }
            database = null;
        }
    }
}
