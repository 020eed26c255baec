package org.carebridge.bench;

import org.carebridge.stack.Databases;
import org.carebridge.stack.Postgres;
import org.carebridge.stack.StackState;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The system that {@code ./carebridge start} runs, read from its state file: addresses and processes. */
record RunningSystem(StackState state) {

    static final String[] SERVICES = {"case-service", "network-service", "advisory-service", "gateway"};

    static RunningSystem read(Path stateDir) {
        StackState state = StackState.read(stateDir)
                .orElseThrow(() -> new IllegalStateException("no Carebridge runs from " + stateDir + ": ./carebridge start"));
        if (!StackState.READY.equals(state.status())) {
            throw new IllegalStateException("Carebridge in " + stateDir + " is " + state.status() + ", not ready");
        }
        return new RunningSystem(state);
    }

    String gatewayUrl() {
        return state.require("service.gateway.url");
    }

    String realmUrl() {
        return state.require(StackState.KEYCLOAK_URL) + "/realms/carebridge";
    }

    String bootstrapServers() {
        return state.require(StackState.BOOTSTRAP_SERVERS);
    }

    String postgresMode() {
        return state.get(StackState.POSTGRES_MODE);
    }

    /** A superuser connection to a service's database (the benchmark's generator and baseline only). */
    Connection database(String service) throws SQLException {
        return Postgres.connect(state.require(StackState.JDBC_BASE), Databases.database(service));
    }

    /** Resident memory of each service right now, in MiB (from /proc: what the kernel really holds). */
    Map<String, Long> rssMiB() {
        Map<String, Long> rss = new LinkedHashMap<>();
        for (String service : SERVICES) {
            state.process(service).ifPresent(p -> rss.put(service, Rss.ofPid(p.pid()) / 1024));
        }
        return rss;
    }

    long readyMillis() {
        String ms = state.get("ready-ms");
        return ms == null ? -1 : Long.parseLong(ms);
    }
}
