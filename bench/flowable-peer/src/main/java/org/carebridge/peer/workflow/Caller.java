package org.carebridge.peer.workflow;

import java.util.Set;

/** Who calls, from the verified token: username, realm roles and region, as Carebridge's services read them. */
public record Caller(String username, Set<String> roles, String region) {
    public static final String CASE_WORKER = "case-worker";
    public static final String COORDINATOR = "bridge-coordinator";
    public static final String ADVISORY_MEMBER = "advisory-member";

    public void require(String role) {
        if (!roles.contains(role)) {
            throw Refusal.forbidden("needs role " + role);
        }
    }
}
