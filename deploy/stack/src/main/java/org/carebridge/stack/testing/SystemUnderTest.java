package org.carebridge.stack.testing;

import org.carebridge.stack.Keycloak;
import org.carebridge.stack.StackState;

import java.time.Duration;

/**
 * The whole packaged system (infrastructure plus the four services) on free ports, for end-to-end tests. One
 * per Maven build; it stops when the build ends. Services must be packaged first ({@code quarkus-run.jar}).
 */
public final class SystemUnderTest {
    private static SystemUnderTest current;
    private final StackState state;

    private SystemUnderTest(StackState state) {
        this.state = state;
    }

    public static synchronized SystemUnderTest start() {
        if (current == null) {
            current = new SystemUnderTest(SharedSupervisor.ensure("e2e", "system", Duration.ofMinutes(10)));
        }
        return current;
    }

    /** The system started in this JVM, if any (token requests then go to its Keycloak). */
    static synchronized SystemUnderTest running() {
        return current;
    }

    public String gatewayUrl() {
        return serviceUrl("gateway");
    }

    /** Base URL of a service by module name ({@code case-service}, ..., {@code gateway}). */
    public String serviceUrl(String module) {
        String url = state.get("service." + module + ".url");
        if (url == null) {
            throw new IllegalStateException(module + " is not running in the system under test"
                    + (state.get("service." + module + ".skipped") != null ? " (not packaged)" : ""));
        }
        return url;
    }

    /** Database name of a backend service ({@code case-service}, ...), on {@link #jdbcBaseUrl()}. */
    public String database(String module) {
        return state.require("service." + module + ".database");
    }

    public String keycloakUrl() {
        return state.require(StackState.KEYCLOAK_URL);
    }

    public String realmUrl() {
        return keycloakUrl() + "/realms/" + Keycloak.REALM;
    }

    public String bootstrapServers() {
        return state.require(StackState.BOOTSTRAP_SERVERS);
    }

    public String jdbcBaseUrl() {
        return state.require(StackState.JDBC_BASE);
    }

    /** Raw state (ports, PIDs) for anything not covered above. */
    public StackState state() {
        return state;
    }
}
