package org.carebridge.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** What users do at load: write journal notes (and the bare writes of the floor); read "my cases", a timeline page and the advisory digest. */
final class Workloads {
    /**
     * Who opens, escalates and writes on the load's cases (region north, like bruno): not anna, whose caseload the
     * scale generator fixes at 1,000 cases, so "my cases" is measured on the same caseload in every run, however
     * many runs reuse the data.
     */
    static final String WRITER = "ben";
    static final String READER = "anna";

    private final Api api;

    Workloads(Api api) {
        this.api = api;
    }

    /** Notes per second written by {@code users} concurrent case workers, each on a case of their own. */
    double notes(int users, List<String> caseIds, Duration duration) throws Exception {
        AtomicInteger next = new AtomicInteger();
        return Throughput.measure(users, duration, () -> {
            String caseId = caseIds.get(next.getAndIncrement() % caseIds.size());
            return creating("note", () -> api.request(WRITER, "/api/cases/" + caseId + "/notes")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"NOTE\",\"text\":\"a journal note of "
                            + "about the length a team member types in a hurry\"}")).build());
        });
    }

    /**
     * Writes per second of {@code users} concurrent case workers on the write floor: the same gateway, token and
     * role check, one insert (case-service's WriteFloorResource, on in bench/run's system only).
     */
    double floor(int users, Duration duration) throws Exception {
        return Throughput.measure(users, duration, () -> creating("the write floor (is CAREBRIDGE_BENCH_WRITE_FLOOR=on?)",
                () -> api.request(WRITER, "/api/cases/write-floor").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.noBody()).build()));
    }

    /** A worker that sends the request once per call and stops the phase on any answer but 201 Created. */
    private Throughput.Worker creating(String what, Supplier<HttpRequest> request) {
        return new Throughput.Worker() {
            @Override
            public void once() {
                HttpResponse<String> response = api.send(request.get());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
                }
            }

            @Override
            public void close() {
            }
        };
    }

    /** Latency of a sequence of GETs, after a warm-up that is not counted. */
    Percentiles reads(String user, List<String> paths, int warmUp) {
        for (int i = 0; i < warmUp; i++) {
            get(user, paths.get(i % paths.size()));
        }
        List<Long> latency = new ArrayList<>();
        for (String path : paths) {
            long t0 = System.nanoTime();
            get(user, path);
            latency.add(System.nanoTime() - t0);
        }
        return Percentiles.of(latency);
    }

    private void get(String user, String path) {
        HttpResponse<String> response = api.send(api.request(user, path).header("Accept", "application/json").GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** "My cases" as anna with the filters and orders the web client offers, over her first pages. */
    static List<String> myCasesPaths(int count) {
        String[] queries = {"", "status=OPEN", "domain=SCHOOL", "intensity=INTENSIVE", "sort=NAME", "page=3",
                "status=OPEN&domain=WORK", "q=family", "sort=BIRTHDATE&page=1", "leadMissing=true"};
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paths.add("/api/cases?size=20&" + queries[i % queries.length]);
        }
        return paths;
    }

    /** The first timeline page of generated cases anna is on (each has 20 entries or more). */
    static List<String> timelinePaths(Connection caseDb, int count) throws SQLException {
        List<String> paths = new ArrayList<>();
        try (Statement s = caseDb.createStatement();
             ResultSet rows = s.executeQuery("select m.case_id from case_member m join care_case c on c.id = m.case_id "
                     + "where m.username = '" + READER + "' and c.created_by = 'bench-generator' order by random() limit " + count)) {
            while (rows.next()) {
                paths.add("/api/cases/" + rows.getString(1) + "/timeline?size=20");
            }
        }
        return paths;
    }
}
