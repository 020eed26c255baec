package org.carebridge.cases.audit;

/** The vocabulary of case-service's audit lines, so that auditors can filter on stable names. */
public final class CaseAudit {

    public static final String CASE = "CASE";
    public static final String ESCALATION = "ESCALATION";

    public static final String CASE_CREATED = "CASE_CREATED";
    public static final String CASE_LISTED = "CASE_LISTED";
    public static final String CASE_READ = "CASE_READ";
    public static final String CASE_ACCESS_REFUSED = "CASE_ACCESS_REFUSED";
    public static final String MEMBER_ADDED = "MEMBER_ADDED";
    public static final String TIMELINE_READ = "TIMELINE_READ";
    public static final String ESCALATION_RAISED = "ESCALATION_RAISED";
    public static final String ESCALATION_READ = "ESCALATION_READ";

    private CaseAudit() {
    }
}
