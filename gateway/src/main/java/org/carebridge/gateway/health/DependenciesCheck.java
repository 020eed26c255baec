package org.carebridge.gateway.health;

import io.smallrye.health.api.HealthGroup;
import io.smallrye.stork.Stork;
import io.smallrye.stork.api.ServiceInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What the gateway needs to serve anyone: Keycloak (sign-in, token checks) and every replica of every service, each
 * answering HTTP at all. For the operator (/q/health/group/dependencies on the management port), deliberately not in
 * readiness: a gateway taken out of rotation because one service is down would turn one outage into all of them.
 */
@HealthGroup("dependencies")
@ApplicationScoped
public class DependenciesCheck implements HealthCheck {

    static final List<String> SERVICES = List.of("case-service", "network-service", "advisory-service");
    private static final Duration PATIENCE = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
    private final String keycloak;

    public DependenciesCheck(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String keycloak) {
        this.keycloak = keycloak;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<String>> answers = new LinkedHashMap<>();
        answers.put("keycloak", answer(keycloak + "/.well-known/openid-configuration", true));
        for (String service : SERVICES) {
            List<ServiceInstance> replicas = Stork.getInstance().getService(service).getInstances()
                    .await().atMost(PATIENCE);
            for (ServiceInstance replica : replicas) {
                String url = (replica.isSecure() ? "https://" : "http://") + replica.getHost() + ":" + replica.getPort();
                answers.put(service + " " + url, answer(url + "/", false));
            }
        }
        HealthCheckResponseBuilder health = HealthCheckResponse.named("gateway dependencies").up();
        answers.forEach((what, answer) -> {
            String state = answer.join();
            health.withData(what, state);
            if (!state.equals("UP")) {
                health.down();
            }
        });
        return health.build();
    }

    /** "UP" when the address answers HTTP (with 200 where {@code mustBeOk}), else what went wrong. */
    private CompletableFuture<String> answer(String url, boolean mustBeOk) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(PATIENCE).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> !mustBeOk || r.statusCode() == 200 ? "UP" : "DOWN: HTTP " + r.statusCode())
                .exceptionally(e -> "DOWN: " + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName());
    }
}
