package org.carebridge.gateway.proxy;

import io.smallrye.mutiny.Uni;
import io.smallrye.stork.Stork;
import io.smallrye.stork.api.Service;
import io.smallrye.stork.api.ServiceInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The replicas of a service, through SmallRye Stork: a static list on one machine ({@code ./carebridge start
 * --replicas N}), the Kubernetes Service's one address there. {@link #order} names the replica Stork's load balancer
 * picks (round-robin) and then the others, so a caller can try a second one when the first is gone. A replica that
 * refused a connection is set aside for {@link #SET_ASIDE}: while one is down (a crash, a rolling restart), calls,
 * writes included, go to the others instead of failing one in N; when every replica is set aside, all are tried.
 */
@ApplicationScoped
public class Replicas {

    /** About a service's restart: long enough to stop knocking at a closed port, short enough to find it back. */
    static final Duration SET_ASIDE = Duration.ofSeconds(5);

    private final Map<String, Long> setAsideUntil = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    public Replicas() {
        this(System::nanoTime);
    }

    Replicas(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Base URLs ({@code http://host:port}) of the Stork service's replicas: the one to call first, then the rest. */
    public Uni<List<String>> order(String storkService) {
        Service service = Stork.getInstance().getService(storkService);
        return service.getInstances().map(all -> order(all, service::selectInstance));
    }

    List<String> order(List<ServiceInstance> all, java.util.function.Function<List<ServiceInstance>, ServiceInstance> pick) {
        List<ServiceInstance> available = new ArrayList<>(all.stream().filter(i -> !setAside(baseUrl(i))).toList());
        ServiceInstance first = pick.apply(available.isEmpty() ? all : available);
        List<String> order = new ArrayList<>(List.of(baseUrl(first)));
        available.stream().map(Replicas::baseUrl).filter(url -> !order.contains(url)).forEach(order::add);
        all.stream().map(Replicas::baseUrl).filter(url -> !order.contains(url)).forEach(order::add);
        return order;
    }

    /** The replica at {@code baseUrl} refused a connection: it is down, leave it alone for a moment. */
    public void refused(String baseUrl) {
        setAsideUntil.put(baseUrl, nanoClock.getAsLong() + SET_ASIDE.toNanos());
    }

    private boolean setAside(String baseUrl) {
        Long until = setAsideUntil.get(baseUrl);
        return until != null && nanoClock.getAsLong() - until < 0;
    }

    static String baseUrl(ServiceInstance instance) {
        return (instance.isSecure() ? "https://" : "http://") + instance.getHost() + ":" + instance.getPort();
    }
}
