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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A network-service replica that is stopping ends its streams and answers new ones 503; the browser's EventSource,
 * which gives up on any answer but 200, must not see that: the relay takes the stream to another replica.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@QuarkusTestResource(value = StoppingReplicaBackend.class, restrictToAnnotatedClass = true)
class StoppingReplicaTest {

    @TestHTTPResource("/api/me/notifications")
    URI notifications;

    @Test
    void aStreamRefusedByAStoppingReplicaComesFromAnother() throws Exception {
        StoppingReplicaBackend.release = new CountDownLatch(1);
        int refusedBefore = StoppingReplicaBackend.refused.get();
        String token = KeycloakTokens.accessToken("bruno");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<HttpResponse<Stream<String>>> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) { // round-robin: one of the two asks the stopping replica first
                HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(notifications)
                        .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                        .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofLines());
                streams.add(stream);
                assertEquals(200, stream.statusCode(), "stream " + i);
                assertEquals("event:connected", stream.body().findFirst().orElse(""), "stream " + i + " is live");
            }
            assertTrue(StoppingReplicaBackend.refused.get() > refusedBefore, "a stream was refused by the stopping one");
        } finally {
            StoppingReplicaBackend.release.countDown();
        }
    }
}
