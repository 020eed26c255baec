package org.carebridge.fault;

import org.carebridge.fault.Gateway.Answer;
import org.carebridge.stack.testing.SystemUnderTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A coordinator's live stream held on every replica of network-service at once, each straight on its replica (not
 * through a gateway, which would pick one): a new escalation, consumed by whichever replica holds its partition,
 * must reach every stream. So at least one stream hears it from a replica that did not consume it. The streams stay
 * open through the crashes: how each ended ({@link #endings}) shows whether a SIGTERM ends its replica's streams.
 */
final class ReplicaStreams {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How a stream ended when the replica closed it as a response ends (the last chunk), not by a cut connection. */
    static final String ENDED_BY_THE_REPLICA = "ended by the replica";

    private final Map<String, String> endings = new java.util.concurrent.ConcurrentHashMap<>();

    private final SystemUnderTest system;
    private final Gateway gateway;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    ReplicaStreams(SystemUnderTest system, Gateway gateway) {
        this.system = system;
        this.gateway = gateway;
    }

    /** @return per replica, what its stream carried; fails unless each heard the escalation raised */
    Map<String, List<String>> everyReplicaHearsANewEscalation() throws Exception {
        String token = new Tokens().of("bruno");
        List<String> replicas = system.replicas("network-service");
        Map<String, List<String>> heard = new java.util.TreeMap<>();
        for (String replica : replicas) {
            List<String> lines = new CopyOnWriteArrayList<>();
            heard.put(replica, lines);
            HttpRequest open = HttpRequest.newBuilder(URI.create(system.serviceUrl(replica) + "/api/network/notifications"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
            http.sendAsync(open, HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(response -> endings.put(replica, streamInto(response.body(), lines)))
                    .exceptionally(failed -> {
                        endings.put(replica, "not opened: " + failed);
                        return null;
                    });
        }
        // the "connected" event: each listener is registered before anything is raised
        awaitEvery(heard, "connected");
        String caseId = expectOk(gateway.post("anna", "/api/cases", Map.of(
                "youth", Map.of("givenName", "Noor", "familyName", "Listener-Check", "dateOfBirth", "2010-05-01"),
                "intensity", "INTENSIVE", "domains", List.of("SCHOOL")))).body().path("id").asText();
        String escalationId = expectOk(gateway.post("anna", "/api/cases/" + caseId + "/escalations", Map.of(
                "barrier", "SCHOOL_ACCESS", "urgency", "HIGH", "whatWasTried", "two team meetings, no school place yet",
                "triedMeasures", List.of("TEAM_MEETING")))).body().path("id").asText();
        awaitEvery(heard, escalationId);
        return heard;
    }

    /** Per replica, how its stream ended so far ({@link #ENDED_BY_THE_REPLICA}, or the failure); absent: still open. */
    Map<String, String> endings() {
        return new java.util.TreeMap<>(endings);
    }

    private static String streamInto(Stream<String> body, List<String> lines) {
        try (body) {
            body.forEach(lines::add);
            return ENDED_BY_THE_REPLICA;
        } catch (RuntimeException e) {
            return "cut: " + e;
        }
    }

    private static void awaitEvery(Map<String, List<String>> heard, String text) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!heard.values().stream().allMatch(lines -> lines.stream().anyMatch(line -> line.contains(text)))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not every network-service replica's stream carried \"" + text + "\" within "
                        + PATIENCE.toSeconds() + " s: " + heard);
            }
            Gateway.pause(100);
        }
    }

    private static Answer expectOk(Answer answer) {
        if (!answer.ok()) {
            throw new AssertionError("setting up the replica stream check: " + answer);
        }
        return answer;
    }
}
