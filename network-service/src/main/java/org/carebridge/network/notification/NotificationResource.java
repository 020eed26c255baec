package org.carebridge.network.notification;

import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The live stream of a bridge coordinator or a case worker (Server-Sent Events), each event named after its kind,
 * carrying ids and categories only: a coordinator hears of new escalations, alerts, re-notifications and climbs of
 * their region; a case worker of what concerns their cases (STEP, ADVICE, CONSULTATION_INVITE, HANDOVER_TO_ACCEPT,
 * ALERT), addressed to them alone. Both get what is addressed to them. The stream
 * opens with a {@code connected} event and sends a {@code heartbeat} every 20 s so proxies keep it open. It ends when
 * the replica stops (the hub closes); a replica that is stopping answers a new stream with 503, which the gateway's
 * relay takes to another replica.
 */
@Path("/api/network/notifications")
@RolesAllowed({Roles.BRIDGE_COORDINATOR, Roles.CASE_WORKER})
public class NotificationResource {

    private final NotificationHub hub;
    private final CurrentUser user;

    public NotificationResource(NotificationHub hub, CurrentUser user) {
        this.hub = hub;
        this.user = user;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "My live notifications (SSE), each event named by its kind (NEW_ESCALATION, ALERT, STEP, ...):"
            + " a coordinator's region and what is addressed to the caller")
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        if (!hub.open()) {
            throw new ProblemException(503, "Service Unavailable", "this replica is stopping: connect again",
                    List.of());
        }
        // read the request-scoped caller now: the stream outlives the request context
        String region = user.region().orElse("");
        String username = user.username();
        boolean regionWide = user.hasRole(Roles.BRIDGE_COORDINATOR);
        Multi<OutboundSseEvent> news = hub.of(region, username, regionWide).map(n -> sse.newEventBuilder()
                .id(UUID.randomUUID().toString()).name(n.kind().name())
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(BridgeNotification.class, n).build());
        Multi<OutboundSseEvent> heartbeats = hub.heartbeats()
                .map(tick -> sse.newEventBuilder().name("heartbeat").data("{}").build());
        OutboundSseEvent connected = sse.newEventBuilder().name("connected")
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(Map.class, Map.of("region", region)).build();
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(connected),
                Multi.createBy().merging().streams(news, heartbeats));
    }
}
