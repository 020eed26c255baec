package org.carebridge.stack;

import java.util.List;

/** The topics the stack creates up front, {@value #PARTITIONS} partitions each. */
public final class Topics {
    /**
     * A consumer group spreads a topic's partitions over its members, so at most this many replicas of a consumer
     * do work (the rest stand by). 12 divides evenly into 1, 2, 3, 4 and 6 replicas, so each gets the same share;
     * records stay ordered per key (a case), whatever the count. More partitions cost file handles and rebalance
     * time on the broker, and cannot be lowered later without a new topic: 12 leaves room to grow.
     */
    public static final int PARTITIONS = 12;

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
