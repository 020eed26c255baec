package org.carebridge.cases.timeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one place that names each timeline kind's parameters: the web client renders a line from its kind and these
 * (as {@code {name}} placeholders of its translations), so a name here is part of the API. A null value is left
 * out. The English {@code summary} is still written beside them, for old clients and old lines (whose params are
 * empty).
 */
public final class TimelineParams {

    /** Free-text parameters: what erasing a case's personal data blanks (see {@link #FREE_TEXT}). */
    public static final String TEXT = "text";
    public static final String NOTE = "note";
    public static final String REASON = "reason";
    public static final String OUTCOME = "outcome";
    public static final String DECISION = "decision";
    public static final String ADVICE = "advice";
    public static final List<String> FREE_TEXT = List.of(TEXT, NOTE, REASON, OUTCOME, DECISION, ADVICE);

    /** ESCALATION_STEP's own names besides the free text above. */
    public static final String TIER = "tier";
    public static final String STEP = "step";
    public static final String OWNER = "owner";
    public static final String DUE_DATE = "dueDate";
    public static final String MEETS_AT = "meetsAt";
    public static final String INVITEES = "invitees";
    public static final String FINAL = "final";

    private TimelineParams() {
    }

    /** CASE_CREATED: the first lead. */
    public static Map<String, String> caseCreated(String lead) {
        return of("lead", lead);
    }

    /** CASE_UPDATED: the fields that changed, comma-joined. */
    public static Map<String, String> caseUpdated(List<String> fields) {
        return of("fields", String.join(",", fields));
    }

    public static Map<String, String> caseClosed(Object outcome) {
        return of(OUTCOME, outcome);
    }

    /** PERSONAL_DATA_ERASED: why (the retention rule or the admin's request). */
    public static Map<String, String> personalDataErased(String why) {
        return of(REASON, why);
    }

    /** LEAD_CHANGED: the new lead (null: the case has none, since {@code previous} left) and the previous one. */
    public static Map<String, String> leadChanged(String lead, String previous) {
        return of("lead", lead, "previous", previous);
    }

    /** MEMBER_ADDED, MEMBER_CHANGED, MEMBER_REMOVED. */
    public static Map<String, String> member(String member, String organisation, Object role) {
        return of("member", member, "organisation", organisation, "role", role);
    }

    /** MEMBER_REMOVED: {@code consentsEnded} true when the member's consents ended with the membership. */
    public static Map<String, String> memberRemoved(String member, String organisation, boolean consentsEnded) {
        return of("member", member, "organisation", organisation, "consentsEnded", consentsEnded);
    }

    /** GOAL_SET and GOAL_UPDATED: the goal's domain, owner, due date and status (its title is free text, left out). */
    public static Map<String, String> goal(Object domain, String owner, Object dueDate, Object status) {
        return of("goal", domain, OWNER, owner, DUE_DATE, dueDate, "status", status);
    }

    /** CONSENT_RECORDED, CONSENT_REVOKED; {@code givenBy} is null on a revocation. */
    public static Map<String, String> consent(Object givenBy, Object purpose, String member) {
        return of("givenBy", givenBy, "purpose", purpose, "member", member);
    }

    /** The journal kinds (NOTE, YOUTH_VOICE, PARENT_VOICE, DECISION, SIGNAL): the member's own text. */
    public static Map<String, String> journal(String text) {
        return of(TEXT, text);
    }

    public static Map<String, String> escalated(Object barrier, Object urgency) {
        return of("barrier", barrier, "urgency", urgency);
    }

    public static Map<String, String> escalationWithdrawn(Object barrier) {
        return of("barrier", barrier);
    }

    public static Map<String, String> escalationResolved(Object outcome, String advice) {
        return of(OUTCOME, outcome, ADVICE, advice);
    }

    public static Map<String, String> adviceReceived(String advice) {
        return of(ADVICE, advice);
    }

    /** ESCALATION_STEP: the tier and step, then the step's own parameters (see escalation.ladder.LadderStep). */
    public static Map<String, String> escalationStep(Object tier, String step, Map<String, String> stepParams) {
        Map<String, String> params = new LinkedHashMap<>(of(TIER, tier, STEP, step));
        params.putAll(stepParams);
        return Collections.unmodifiableMap(params);
    }

    /**
     * HANDOVER_REQUESTED, ACCEPTED, DECLINED, WITHDRAWN: to whom (user null when addressed to an organisation), and
     * {@code to}, whichever of the two it was addressed to, for the line's text.
     */
    public static Map<String, String> handover(Object scope, Object reason, String toUser, String toOrganisation) {
        return of("scope", scope, REASON, reason, "toUser", toUser, "toOrganisation", toOrganisation,
                "to", toUser != null ? toUser : toOrganisation);
    }

    /** ALERT_RAISED: the alert's kind and its check's own parameters (e.g. inactiveDays). */
    public static Map<String, String> alertRaised(String kind, Map<String, ?> checkParams) {
        Map<String, String> params = new LinkedHashMap<>(of("alert", kind));
        checkParams.forEach((name, value) -> {
            if (value != null) {
                params.put(name, value.toString());
            }
        });
        return Collections.unmodifiableMap(params);
    }

    /** The params with each free-text one present replaced by {@code erased} (equal to them when none is). */
    public static Map<String, String> blanked(Map<String, String> params, String erased) {
        Map<String, String> blanked = new LinkedHashMap<>(params);
        FREE_TEXT.forEach(name -> blanked.computeIfPresent(name, (n, text) -> erased));
        return Collections.unmodifiableMap(blanked);
    }

    /** Name, value pairs; null values are left out, the rest written as strings in the given order. */
    public static Map<String, String> of(Object... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                params.put(Objects.toString(namesAndValues[i]), value.toString());
            }
        }
        return Collections.unmodifiableMap(params);
    }
}
