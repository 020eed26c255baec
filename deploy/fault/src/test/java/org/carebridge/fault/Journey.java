package org.carebridge.fault;

import com.fasterxml.jackson.databind.JsonNode;
import org.carebridge.fault.Gateway.Answer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One escalation as its users live it: a case worker creates a case and escalates it; for a share of them the
 * region's bridge coordinator claims it (when it shows up in the inbox), refers it to the advisory group, and
 * an advisory member advises. A request that may have been applied before a crash is never blindly repeated:
 * the client first looks whether it took effect (the case by its youth's name, the case's open escalation,
 * the escalation's referral, the referral's advice), as a person would before pressing the button again.
 */
final class Journey {
    /** How long a user keeps looking for something another tier should have received, crashes included. */
    private static final Duration ARRIVAL = Duration.ofMinutes(10);

    enum FollowUp { NONE, CLAIM, ADVICE }

    record Plan(int index, String worker, String coordinator, FollowUp followUp, String familyName) {
        /** North has two teams, a bridge coordinator and the advisory member; south a team and a coordinator. */
        static Plan of(int index, String run) {
            boolean south = index % 4 == 3;
            String worker = south ? "carla" : index % 2 == 0 ? "anna" : "ben";
            FollowUp followUp = south ? FollowUp.NONE
                    : index % 5 == 0 ? FollowUp.ADVICE : index % 5 == 1 ? FollowUp.CLAIM : FollowUp.NONE;
            // fixed width, so that a name search for one never finds another (the search is "contains")
            return new Plan(index, worker, south ? "sofie" : "bruno", followUp,
                    String.format("Faultrun%s-%06d", run, index));
        }
    }

    /** @param referralId set when the escalation was referred and advised */
    record Outcome(Plan plan, String caseId, String escalationId, String referralId) {
        boolean advised() {
            return referralId != null;
        }
    }

    private final Gateway gateway;
    private final Plan plan;

    Journey(Gateway gateway, Plan plan) {
        this.gateway = gateway;
        this.plan = plan;
    }

    /** @param escalated told as soon as the escalation was raised, so the chaos can follow the load */
    Outcome run(Runnable escalated) {
        String caseId = createCase();
        String escalationId = raise(caseId);
        escalated.run();
        if (plan.followUp() == FollowUp.NONE) {
            return new Outcome(plan, caseId, escalationId, null);
        }
        String inbox = "/api/network/escalations/" + escalationId;
        awaitVisible(plan.coordinator(), inbox);
        expectOk(gateway.post(plan.coordinator(), inbox + "/claim", null), "claim"); // a repeat by the owner is harmless
        if (plan.followUp() == FollowUp.CLAIM) {
            return new Outcome(plan, caseId, escalationId, null);
        }
        String referralId = refer(inbox);
        advise("/api/advisory/referrals/" + referralId);
        return new Outcome(plan, caseId, escalationId, referralId);
    }

    private String createCase() {
        Map<String, Object> body = Map.of(
                "youth", Map.of("givenName", "Fault", "familyName", plan.familyName(), "dateOfBirth", "2010-05-01"),
                "intensity", "INTENSIVE", "domains", List.of("SCHOOL"));
        while (true) {
            Answer answer = gateway.once(plan.worker(), "POST", "/api/cases", body);
            if (answer.ok()) {
                return answer.body().path("id").asText();
            }
            failUnlessDown(answer, "create case");
            gateway.retried(answer);
            Gateway.pause(500);
            Answer found = expectOk(gateway.get(plan.worker(), "/api/cases?q=" + plan.familyName()), "find case");
            if (found.body().path("items").size() == 1) {
                return found.body().path("items").get(0).path("id").asText(); // it was created before the crash
            }
        }
    }

    private String raise(String caseId) {
        Map<String, Object> body = Map.of("barrier", "SCHOOL_ACCESS", "urgency", "HIGH",
                "whatWasTried", "crash drill " + plan.index(), "triedMeasures", List.of("TEAM_MEETING"));
        String path = "/api/cases/" + caseId + "/escalations";
        while (true) {
            Answer answer = gateway.once(plan.worker(), "POST", path, body);
            if (answer.ok()) {
                return answer.body().path("id").asText();
            }
            if (answer.status() != 409) {
                failUnlessDown(answer, "raise escalation");
                gateway.retried(answer);
                Gateway.pause(500);
            }
            // 409: one open escalation per case, so an earlier attempt took effect; or a crash hid the answer
            for (JsonNode e : expectOk(gateway.get(plan.worker(), path), "list escalations").body()) {
                if (List.of("RAISED", "ADVISED").contains(e.path("status").asText())) {
                    return e.path("id").asText();
                }
            }
            if (answer.status() == 409) {
                throw new IllegalStateException("409 on raising, yet the case has no open escalation: " + answer.body());
            }
        }
    }

    private String refer(String inbox) {
        Map<String, Object> body = Map.of("question", "Which school route exists mid-year? (fault test)");
        while (true) {
            Answer answer = gateway.once(plan.coordinator(), "POST", inbox + "/referral", body);
            if (answer.ok()) {
                return answer.body().path("referral").path("id").asText();
            }
            if (answer.status() != 409) {
                failUnlessDown(answer, "refer");
                gateway.retried(answer);
                Gateway.pause(500);
            }
            JsonNode referral = expectOk(gateway.get(plan.coordinator(), inbox), "read escalation").body().path("referral");
            if (referral.hasNonNull("id")) {
                return referral.path("id").asText();
            }
            if (answer.status() == 409) {
                throw new IllegalStateException("409 on referring, yet no referral: " + answer.body());
            }
        }
    }

    private void advise(String referral) {
        awaitVisible("ada", referral);
        Map<String, Object> body = Map.of("advice", "Ask the regional school platform for a bridging class.");
        while (true) {
            Answer answer = gateway.once("ada", "POST", referral + "/advice", body);
            if (answer.ok()) {
                return;
            }
            if (answer.status() != 409) {
                failUnlessDown(answer, "advise");
                gateway.retried(answer);
                Gateway.pause(500);
            }
            if (expectOk(gateway.get("ada", referral), "read referral").body().hasNonNull("advice")) {
                return;
            }
            if (answer.status() == 409) {
                throw new IllegalStateException("409 on advising, yet no advice: " + answer.body());
            }
        }
    }

    /** Another tier receives it through Kafka: until then its user gets 404 and looks again a little later. */
    private void awaitVisible(String user, String path) {
        long deadline = System.nanoTime() + ARRIVAL.toNanos();
        while (true) {
            Answer answer = gateway.get(user, path);
            if (answer.ok()) {
                return;
            }
            if (answer.status() != 404 || System.nanoTime() > deadline) {
                throw new IllegalStateException(user + " never saw " + path + ": HTTP " + answer.status());
            }
            Gateway.pause(500);
        }
    }

    private static void failUnlessDown(Answer answer, String what) {
        if (!Gateway.down(answer)) {
            throw new IllegalStateException(what + " refused: HTTP " + answer.status() + " " + answer.body());
        }
    }

    private static Answer expectOk(Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException(what + " failed: HTTP " + answer.status() + " " + answer.body());
        }
        return answer;
    }
}
