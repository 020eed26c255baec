package org.carebridge.stack.testing;

import org.carebridge.stack.Keycloak;
import org.carebridge.stack.StackState;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The running test infrastructure (real PostgreSQL, Kafka and Keycloak) of a module's test JVM (of the Maven build
 * where Maven is that JVM's parent: {@link OwnerProcess#pid()}). {@link #current()} starts it on first use.
 *
 * @param jdbcBaseUrl      e.g. {@code jdbc:postgresql://127.0.0.1:5432/} (append a database name)
 * @param bootstrapServers Kafka bootstrap address, e.g. for {@code new KafkaCompanion(bootstrapServers)}
 * @param keycloakUrl      Keycloak base URL, e.g. {@code http://127.0.0.1:41234}
 */
public record TestStack(String jdbcBaseUrl, String bootstrapServers, String keycloakUrl, long ownerPid,
                        Path stateDir) {
    private static TestStack current;

    /** The stack of this test JVM, started (or found already running) on first call. */
    public static synchronized TestStack current() {
        if (current == null) {
            StackState state = SharedSupervisor.ensure("test", OwnerProcess.pid(), "infra", Duration.ofMinutes(6),
                    Map.of());
            current = new TestStack(state.require(StackState.JDBC_BASE), state.require(StackState.BOOTSTRAP_SERVERS),
                    state.require(StackState.KEYCLOAK_URL), Long.parseLong(state.require(StackState.OWNER_PID)),
                    state.dir());
        }
        return current;
    }

    /** OIDC issuer / {@code quarkus.oidc.auth-server-url} of the carebridge realm. */
    public String realmUrl() {
        return keycloakUrl + "/realms/" + Keycloak.REALM;
    }

    public String jdbcUrl(String database) {
        return jdbcBaseUrl + database;
    }
}
