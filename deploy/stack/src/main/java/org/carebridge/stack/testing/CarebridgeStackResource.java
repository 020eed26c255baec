package org.carebridge.stack.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.carebridge.stack.Databases;
import org.carebridge.stack.TestDatabases;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Gives a {@code @QuarkusTest} real infrastructure: a fresh database on a real PostgreSQL (owned by the
 * service's role), the shared real Kafka broker and the real Keycloak with the carebridge realm.
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
            config.put("quarkus.datasource.jdbc.url", stack.jdbcUrl(database));
            config.put("quarkus.datasource.username", Databases.role(service));
            config.put("quarkus.datasource.password", Databases.role(service));
        }
        config.put("kafka.bootstrap.servers", stack.bootstrapServers());
        config.put("quarkus.oidc.auth-server-url", stack.realmUrl());
        config.put(KEYCLOAK_URL_PROPERTY, stack.keycloakUrl());
        return config;
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
