package org.carebridge.cases.casefile;

/**
 * Audit actions of the team's day-to-day work (team, case fields, goals, journal, consent, closing). Kept apart
 * from {@link org.carebridge.cases.audit.CaseAudit} so that features built in parallel do not edit one file.
 */
public final class CaseFileAudit {

    public static final String CASE_UPDATED = "CASE_UPDATED";
    public static final String MEMBER_REMOVED = "MEMBER_REMOVED";
    public static final String MEMBER_CHANGED = "MEMBER_CHANGED";
    public static final String LEAD_CHANGED = "LEAD_CHANGED";
    /** A network-admin's allowance for a case worker of another region (team/AllowanceService). */
    public static final String TEAM_ALLOWANCE_GRANTED = "TEAM_ALLOWANCE_GRANTED";
    public static final String TEAM_ALLOWANCE_WITHDRAWN = "TEAM_ALLOWANCE_WITHDRAWN";
    public static final String TEAM_ALLOWANCES_READ = "TEAM_ALLOWANCES_READ";
    /** A reason refused for naming the youth: the refusal tells that it did, so whoever tries is on record. */
    public static final String TEAM_ALLOWANCE_REFUSED = "TEAM_ALLOWANCE_REFUSED";
    public static final String GOAL = "GOAL";
    public static final String GOAL_SET = "GOAL_SET";
    public static final String GOAL_UPDATED = "GOAL_UPDATED";
    public static final String GOALS_READ = "GOALS_READ";
    public static final String NOTE = "NOTE";
    public static final String NOTE_WRITTEN = "NOTE_WRITTEN";
    public static final String NOTES_READ = "NOTES_READ";
    public static final String CONSENT = "CONSENT";
    public static final String CONSENT_RECORDED = "CONSENT_RECORDED";
    public static final String CONSENT_REVOKED = "CONSENT_REVOKED";
    public static final String CONSENTS_READ = "CONSENTS_READ";
    public static final String CASE_CLOSED = "CASE_CLOSED";
    public static final String PERSONAL_DATA_ERASED = "PERSONAL_DATA_ERASED";

    private CaseFileAudit() {
    }
}
