package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import org.carebridge.stack.testing.AccessRefusals;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Endpoint;
import org.junit.jupiter.params.provider.Arguments;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Only bridge coordinators reach the bridge inbox: other roles get 403 on every endpoint (a case worker only reaches
 * her own live stream and email settings, an advisory member only his email settings); no or a forged token 401;
 * health, metrics and the OpenAPI document stay open.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class EscalationAccessTest extends AccessRefusals {

    private static final UUID ANY = UUID.randomUUID();

    EscalationAccessTest() {
        super("bruno", "bridge-coordinator");
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint(Method.GET, "/api/network/escalations", null),
                new Endpoint(Method.GET, "/api/network/escalations/" + ANY, null),
                new Endpoint(Method.POST, "/api/network/escalations/" + ANY + "/claim", null),
                new Endpoint(Method.POST, "/api/network/escalations/" + ANY + "/referral", "{\"question\":\"q\"}"),
                new Endpoint(Method.POST, "/api/network/escalations/" + ANY + "/notes", "{\"text\":\"t\"}"),
                new Endpoint(Method.PUT, "/api/network/escalations/" + ANY + "/due-date", "{\"dueDate\":\"2099-01-01\"}"),
                new Endpoint(Method.POST, "/api/network/escalations/" + ANY + "/consultations",
                        "{\"meetsAt\":\"2099-01-01T10:00:00Z\",\"agenda\":\"a\",\"members\":[\"anna\"],\"organisations\":[]}"),
                new Endpoint(Method.POST, "/api/network/escalations/" + ANY + "/resolution",
                        "{\"outcome\":\"UNBLOCKED\",\"advice\":\"a\"}"),
                new Endpoint(Method.GET, "/api/network/alerts", null),
                new Endpoint(Method.GET, "/api/network/notifications", null),
                new Endpoint(Method.GET, "/api/network/handovers", null),

                new Endpoint(Method.GET, "/api/network/handovers/" + ANY, null),
                new Endpoint(Method.GET, "/api/network/handovers/age-18-transitions", null),
                new Endpoint(Method.GET, "/api/network/cases/" + ANY + "/professionals", null),
                new Endpoint(Method.GET, "/api/network/me/email-preferences", null),
                new Endpoint(Method.PUT, "/api/network/me/email-preferences", "{\"muted\":[]}"),
                new Endpoint(Method.GET, "/api/network/workload", null),
                new Endpoint(Method.POST, "/api/network/alerts/" + ANY + "/acknowledgement", null),
                new Endpoint(Method.POST, "/api/network/alerts/" + ANY + "/assignment", "{\"assignee\":\"bruno\"}"));
    }

    /** Case workers have a live stream and email settings of their own (what is addressed to them), nothing else. */
    static final List<String> CASE_WORKERS_TOO = List.of("/api/network/notifications",
            "/api/network/me/email-preferences");

    /** Advisory members are mailed their reminders, so they have email settings here too. */
    static final String ADVISORY_MEMBERS_TOO = "/api/network/me/email-preferences";

    static Stream<Arguments> wrongRoles() {
        List<Endpoint> bridgeOnly = endpoints().stream()
                .filter(e -> !CASE_WORKERS_TOO.contains(e.path())).toList();
        List<Endpoint> notForAdvisory = endpoints().stream()
                .filter(e -> !ADVISORY_MEMBERS_TOO.equals(e.path())).toList();
        return Stream.of(onEveryEndpoint(bridgeOnly, "anna"), onEveryEndpoint(notForAdvisory, "ada"),
                onEveryEndpoint(endpoints(), "otto", "nils")).flatMap(s -> s);
    }
}
