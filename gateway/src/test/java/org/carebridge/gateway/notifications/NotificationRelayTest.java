package org.carebridge.gateway.notifications;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakTokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /api/me/notifications streams: the first event reaches the client while the service still holds the stream
 * open (nothing is buffered), with the caller's own token relayed; refusals pass through; no token, no relay.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@QuarkusTestResource(value = SseBackend.class, restrictToAnnotatedClass = true)
class NotificationRelayTest {

    @TestHTTPResource("/api/me/notifications")
    URI notifications;

    @Test
    void eventsArriveAsTheServiceSendsThemWithTheCallersToken() throws Exception {
        SseBackend.release = new CountDownLatch(1);
        String token = KeycloakTokens.accessToken("bruno");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Void>> done = open(token, lines, new CompletableFuture<>());
        try {
            String first = next(lines, "data:");
            assertTrue(first.contains("Bearer " + token), "the caller's own token went upstream: " + first);
            assertEquals(1, SseBackend.release.getCount(), "the first event came while the stream was still open");
            SseBackend.release.countDown();
            assertTrue(next(lines, "data:").contains("\"second\":true"));
        } finally {
            done.cancel(true);
        }
    }

    @Test
    void aStreamWhoseReplicaDroppedItComesFromAnother() throws Exception {
        SseBackend.release = new CountDownLatch(1);
        int dropped = SseBackend.dropping.dropped();
        String token = KeycloakTokens.accessToken("bruno");
        List<CompletableFuture<HttpResponse<Void>>> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) { // round-robin: one of the two goes to the dropping replica first
                BlockingQueue<String> lines = new LinkedBlockingQueue<>();
                streams.add(open(token, lines, new CompletableFuture<>()));
                assertTrue(next(lines, "data:").contains("Bearer " + token), "stream " + i + " is live");
            }
            assertTrue(SseBackend.dropping.dropped() > dropped, "a stream was dropped on its first replica");
        } finally {
            SseBackend.release.countDown();
            streams.forEach(stream -> stream.cancel(true));
        }
    }

    @Test
    void theServicesRefusalPassesThrough() throws Exception {
        CompletableFuture<Integer> status = new CompletableFuture<>();
        open(KeycloakTokens.accessToken("anna"), new LinkedBlockingQueue<>(), status).get(30, TimeUnit.SECONDS);
        assertEquals(403, status.get());
    }

    @Test
    void noTokenNoStream() {
        given().get("/api/me/notifications").then().statusCode(401);
        given().auth().oauth2("not.a.token").get("/api/me/notifications").then().statusCode(401);
    }

    private CompletableFuture<HttpResponse<Void>> open(String token, BlockingQueue<String> lines,
                                                       CompletableFuture<Integer> status) {
        HttpRequest request = HttpRequest.newBuilder(notifications).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").GET().build();
        return HttpClient.newHttpClient().sendAsync(request, info -> {
            status.complete(info.statusCode());
            return HttpResponse.BodySubscribers.fromLineSubscriber(new Flow.Subscriber<String>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(String line) {
                    lines.add(line);
                }

                @Override
                public void onError(Throwable throwable) {
                }

                @Override
                public void onComplete() {
                }
            });
        });
    }

    private static String next(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        assertNotNull(null, "no line starting with " + prefix + " within 20 s");
        return null;
    }
}
