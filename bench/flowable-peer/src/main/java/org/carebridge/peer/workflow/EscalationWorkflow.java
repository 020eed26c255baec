package org.carebridge.peer.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.carebridge.peer.engine.CaseEngine;
import org.flowable.cmmn.api.runtime.CaseInstance;
import org.flowable.cmmn.api.runtime.UserEventListenerInstance;
import org.flowable.task.api.Task;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The escalation workflow on the case engine, each request one engine transaction, with the object-level checks
 * Carebridge makes against its own data: a case's team escalates it, its region's coordinators claim it, its owner
 * refers and resolves it, the advisory group advises. What the engine cannot check (who may be on a team: Carebridge
 * asks Keycloak's directory) is not checked here.
 */
public final class EscalationWorkflow {
    public static final Set<String> URGENCIES = Set.of("HIGH", "MEDIUM", "LOW");
    public static final Set<String> OUTCOMES = Set.of("RESOLVED", "NOT_RESOLVABLE", "REFERRED_ELSEWHERE");
    private static final int MAX_TEXT = 2000;

    private final CaseEngine engine;
    private final Clock clock;
    private final Duration renotifyAfter;
    /** Told of each new escalation after its transaction committed: the coordinators' live streams. */
    private final Consumer<Map<String, Object>> newEscalations;

    public EscalationWorkflow(CaseEngine engine, Clock clock, Duration renotifyAfter,
                              Consumer<Map<String, Object>> newEscalations) {
        this.engine = engine;
        this.clock = clock;
        this.renotifyAfter = renotifyAfter;
        this.newEscalations = newEscalations;
    }

    /** A case in the caller's region with the caller on its team, as its lead, and the colleagues named. */
    public Map<String, Object> openCase(Caller caller, List<String> members) {
        caller.require(Caller.CASE_WORKER);
        ArrayNode team = JsonNodeFactory.instance.arrayNode().add(caller.username());
        for (String member : members) {
            if (member == null || member.isBlank() || member.length() > 100) {
                throw Refusal.badInput("team", "a member is a username of 1 to 100 characters");
            }
            team.add(member);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("region", caller.region());
        variables.put("team", team);
        variables.put("lead", caller.username());
        CaseInstance instance = engine.runtime().createCaseInstanceBuilder().caseDefinitionKey(CaseEngine.CASE_KEY)
                .variables(variables).start();
        return Map.of("id", instance.getId(), "region", caller.region(), "lead", caller.username());
    }

    public Map<String, Object> escalate(Caller caller, String caseId, String barrier, String urgency, String whatWasTried) {
        caller.require(Caller.CASE_WORKER);
        text("barrier", barrier, 100);
        if (urgency == null || !URGENCIES.contains(urgency)) {
            throw Refusal.badInput("urgency", "one of " + URGENCIES);
        }
        text("whatWasTried", whatWasTried, MAX_TEXT);
        Date due = Date.from(clock.instant().plus(Duration.ofDays(dueWithinDays(urgency))));
        String region = engine.inTransaction(() -> {
            Map<String, Object> variables = teamCase(caller, caseId);
            engine.runtime().setVariables(caseId, Map.of("barrier", barrier, "urgency", urgency,
                    "whatWasTried", whatWasTried, "escalatedBy", caller.username(), "dueDate", due,
                    "renotifyAfter", renotifyAfter.toString()));
            engine.runtime().completeUserEventListenerInstance(available(caseId, "escalate", "the case has an escalation already"));
            return (String) variables.get("region");
        });
        Map<String, Object> escalation = new LinkedHashMap<>();
        escalation.put("id", created(caseId, "handle").getId());
        escalation.put("caseId", caseId);
        escalation.put("region", region);
        escalation.put("urgency", urgency);
        escalation.put("dueDate", due.toInstant().toString());
        newEscalations.accept(escalation);
        return escalation;
    }

    /** The region's open escalations, claimed or not, earliest due first (the first 50). */
    public List<Map<String, Object>> inbox(Caller caller) {
        caller.require(Caller.COORDINATOR);
        return engine.tasks().createTaskQuery().taskDefinitionKey("handle")
                .taskCandidateGroup(coordinators(caller.region())).ignoreAssigneeValue()
                .orderByTaskDueDate().asc().listPage(0, 50).stream()
                .map(t -> Map.<String, Object>of("id", t.getId(), "caseId", t.getScopeId(),
                        "dueDate", t.getDueDate().toInstant().toString(),
                        "owner", t.getAssignee() == null ? "" : t.getAssignee()))
                .toList();
    }

    public Map<String, Object> claim(Caller caller, String escalationId) {
        caller.require(Caller.COORDINATOR);
        return engine.inTransaction(() -> {
            Task task = regionEscalation(caller, escalationId);
            if (task.getAssignee() != null) {
                throw Refusal.conflict("claimed by " + task.getAssignee() + " already");
            }
            engine.tasks().claim(task.getId(), caller.username());
            return Map.of("id", task.getId(), "status", "CLAIMED", "owner", caller.username());
        });
    }

    public Map<String, Object> refer(Caller caller, String escalationId, String question) {
        caller.require(Caller.COORDINATOR);
        text("question", question, MAX_TEXT);
        String caseId = engine.inTransaction(() -> {
            Task task = ownEscalation(caller, escalationId);
            engine.runtime().setVariables(task.getScopeId(), Map.of("referralQuestion", question));
            engine.runtime().completeUserEventListenerInstance(available(task.getScopeId(), "refer", "referred already"));
            return task.getScopeId();
        });
        return Map.of("id", escalationId, "status", "REFERRED", "referralId", created(caseId, "advise").getId());
    }

    public Map<String, Object> advise(Caller caller, String referralId, String advice) {
        caller.require(Caller.ADVISORY_MEMBER);
        text("advice", advice, MAX_TEXT);
        return engine.inTransaction(() -> {
            Task task = engine.tasks().createTaskQuery().taskId(referralId).taskDefinitionKey("advise").singleResult();
            if (task == null) {
                throw Refusal.notFound("referral");
            }
            engine.tasks().complete(task.getId(), caller.username(), Map.of("advice", advice, "advisedBy", caller.username()));
            return Map.of("id", referralId, "status", "ADVISED");
        });
    }

    public Map<String, Object> resolve(Caller caller, String escalationId, String outcome, String advice) {
        caller.require(Caller.COORDINATOR);
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            throw Refusal.badInput("outcome", "one of " + OUTCOMES);
        }
        text("advice", advice, MAX_TEXT);
        return engine.inTransaction(() -> {
            Task task = ownEscalation(caller, escalationId);
            engine.tasks().complete(task.getId(), caller.username(), Map.of("outcome", outcome, "resolutionAdvice", advice));
            return Map.of("id", escalationId, "status", "RESOLVED", "outcome", outcome);
        });
    }

    /** The id of a user event listener the case offers now; 409 when it is used up (escalated, referred). */
    private String available(String caseId, String listener, String conflict) {
        UserEventListenerInstance instance = engine.runtime().createUserEventListenerInstanceQuery()
                .caseInstanceId(caseId).planItemDefinitionId(listener).stateAvailable().singleResult();
        if (instance == null) {
            throw Refusal.conflict(conflict);
        }
        return instance.getId();
    }

    /**
     * The task a step just created, read after its transaction committed: the engine runs a step's plan-item
     * operations when the outermost command ends, so the task does not exist yet inside the transaction that
     * triggered it. An escalation is therefore one write transaction and one read, where Carebridge's POST is one.
     */
    private Task created(String caseId, String taskKey) {
        return engine.tasks().createTaskQuery().caseInstanceId(caseId).taskDefinitionKey(taskKey).singleResult();
    }

    /** The case's variables if the caller is on its team; 404 for an unknown case and a foreign one alike. */
    private Map<String, Object> teamCase(Caller caller, String caseId) {
        if (engine.runtime().createCaseInstanceQuery().caseInstanceId(caseId).count() == 0) {
            throw Refusal.notFound("case");
        }
        Map<String, Object> variables = engine.runtime().getVariables(caseId, List.of("team", "region"));
        Set<String> team = new LinkedHashSet<>();
        ((JsonNode) variables.get("team")).forEach(member -> team.add(member.asText()));
        if (!team.contains(caller.username())) {
            throw Refusal.notFound("case");
        }
        return variables;
    }

    /** An escalation of the caller's region, claimed or not (a coordinator of another region gets 404). */
    private Task regionEscalation(Caller caller, String escalationId) {
        // a candidate-group query skips claimed tasks unless told to ignore the assignee
        Task task = engine.tasks().createTaskQuery().taskId(escalationId).taskDefinitionKey("handle")
                .taskCandidateGroup(coordinators(caller.region())).ignoreAssigneeValue().singleResult();
        if (task == null) {
            throw Refusal.notFound("escalation");
        }
        return task;
    }

    /** An escalation the caller claimed: its owner alone refers and resolves it. */
    private Task ownEscalation(Caller caller, String escalationId) {
        Task task = regionEscalation(caller, escalationId);
        if (!caller.username().equals(task.getAssignee())) {
            throw Refusal.forbidden("only the escalation's owner may do this");
        }
        return task;
    }

    private static String coordinators(String region) {
        return "coordinators-" + region;
    }

    /** Carebridge's carebridge.bridge.due-within-days defaults. */
    private static int dueWithinDays(String urgency) {
        return switch (urgency) {
            case "HIGH" -> 5;
            case "MEDIUM" -> 10;
            default -> 20;
        };
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw Refusal.badInput(field, "1 to " + max + " characters");
        }
    }
}
