package org.carebridge.platform.security;

/** The realm roles of the carebridge Keycloak realm. */
public final class Roles {
    public static final String CASE_WORKER = "case-worker";
    public static final String BRIDGE_COORDINATOR = "bridge-coordinator";
    public static final String ADVISORY_MEMBER = "advisory-member";
    public static final String NETWORK_ADMIN = "network-admin";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
