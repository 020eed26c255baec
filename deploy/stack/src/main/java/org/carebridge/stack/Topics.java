package org.carebridge.stack;

import java.util.List;

/** The topics the stack creates up front (3 partitions each, see the brief's event catalogue). */
public final class Topics {
    public static final int PARTITIONS = 3;

    public static final List<String> ALL = List.of(
            "case.escalations", "case.handovers", "case.alerts", "case.digests", "case.teams", "case.erasures",
            "network.referrals", "network.resolutions",
            "network.steps",
            "advisory.advice", "advisory.lessons", "advisory.steps",
            "case-service.dead-letters", "network-service.dead-letters", "advisory-service.dead-letters",
            "gateway.dead-letters");

    private Topics() {
    }
}
