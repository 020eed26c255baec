package org.carebridge.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * From "a case worker POSTs an escalation" to "it is on the bridge coordinator's live stream": ben escalates
 * cases of region north at a steady rate while bruno's notification stream (through the gateway, as the web
 * client reads it) is open. Matched by case id, because the event may arrive before the POST's answer does.
 */
final class EscalationLatency implements AutoCloseable {
    record Result(Percentiles endToEnd, Percentiles postAnswer, int sent, int received, int errors,
                  double sentPerSecond) {
    }

    private final Api api;
    private final Workflow workflow;
    private final AtomicInteger errors = new AtomicInteger();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, Long> latency = new ConcurrentHashMap<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private volatile Stream<String> stream;

    EscalationLatency(Api api) {
        this(api, Workflow.CAREBRIDGE);
    }

    EscalationLatency(Api api, Workflow workflow) {
        this.api = api;
        this.workflow = workflow;
    }

    static List<String> openCases(Api api, int count) throws InterruptedException {
        return openCases(api, Workflow.CAREBRIDGE, count);
    }

    /** Opens a case per escalation first (a case has at most one open escalation); four at a time. */
    static List<String> openCases(Api api, Workflow workflow, int count) throws InterruptedException {
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < count; i++) {
            int n = i;
            pool.submit(() -> {
                try {
                    ids.add(api.call(Workloads.WRITER, workflow.casesPath(), workflow.newCase(n)).get("id").asText());
                } catch (RuntimeException e) {
                    System.err.println("opening case " + n + " failed: " + e.getMessage());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        if (ids.size() != count) {
            throw new IllegalStateException("opened " + ids.size() + " of " + count + " cases: see the services' logs");
        }
        return ids;
    }

    Result run(List<String> caseIds, int perSecond) throws InterruptedException {
        listen();
        if (!connected.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("bruno's notification stream did not open");
        }
        List<Long> postAnswer = java.util.Collections.synchronizedList(new ArrayList<>());
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        // the senders only send: a slow answer must not delay the next escalation (open-loop load). Each is timed
        // from the moment it was due, so an escalation that waited for a free sender counts its wait too.
        ExecutorService senders = Executors.newFixedThreadPool(64);
        for (int i = 0; i < caseIds.size(); i++) {
            long due = start + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            String caseId = caseIds.get(i);
            senders.submit(() -> escalate(caseId, due, postAnswer));
        }
        double sentPerSecond = caseIds.size() / ((System.nanoTime() - start) / 1e9 + interval / 1e9);
        senders.shutdown();
        senders.awaitTermination(10, TimeUnit.MINUTES);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (latency.size() < caseIds.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return new Result(Percentiles.of(latency.values()), Percentiles.of(postAnswer), caseIds.size(), latency.size(),
                errors.get(), sentPerSecond);
    }

    private void escalate(String caseId, long due, List<Long> postAnswer) {
        sentAt.put(caseId, due);
        try {
            HttpRequest request = api.request(Workloads.WRITER, workflow.escalationsPath(caseId))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Workflow.ESCALATION)).build();
            HttpResponse<String> response = api.send(request);
            postAnswer.add(System.nanoTime() - due);
            if (response.statusCode() != 201 && errors.incrementAndGet() <= 3) {
                System.err.println("escalation of " + caseId + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (RuntimeException e) { // a time-out or a refused connection: an error of the system under load
            if (errors.incrementAndGet() <= 3) {
                System.err.println("escalation of " + caseId + " failed: " + e.getMessage());
            }
        }
    }

    private void listen() {
        HttpRequest request = api.request("bruno", workflow.notificationsPath()).header("Accept", "text/event-stream")
                .timeout(java.time.Duration.ofHours(2)).GET().build();
        api.http().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    Thread reader = new Thread(() -> read(response.body()), "sse-bruno");
                    reader.setDaemon(true);
                    reader.start();
                });
    }

    /** Ends the live stream, so the next phase's escalations are not also sent to this one. */
    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }

    private void read(Stream<String> lines) {
        stream = lines;
        String[] event = {null};
        try {
            readLines(lines, event);
        } catch (java.io.UncheckedIOException closed) {
            // close() ended the stream: the phase is over
        }
    }

    private void readLines(Stream<String> lines, String[] event) {
        lines.forEach(line -> {
            long now = System.nanoTime();
            if (line.startsWith("event:")) {
                event[0] = line.substring(6).strip();
                if ("connected".equals(event[0])) {
                    connected.countDown();
                }
            } else if (line.startsWith("data:") && "NEW_ESCALATION".equals(event[0])) {
                JsonNode data = Api.read(line.substring(5).strip());
                Long t0 = sentAt.get(data.path("caseId").asText());
                if (t0 != null) {
                    latency.putIfAbsent(data.path("caseId").asText(), now - t0);
                }
            }
        });
    }
}
