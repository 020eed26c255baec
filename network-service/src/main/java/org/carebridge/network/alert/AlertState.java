package org.carebridge.network.alert;

/** The alert list's {@code state} filter: not yet acknowledged by anyone, or acknowledged. */
public enum AlertState {
    OPEN(" and acknowledgedBy is null"), ACKNOWLEDGED(" and acknowledgedBy is not null");

    /** Appended to the list's JPQL condition. */
    final String condition;

    AlertState(String condition) {
        this.condition = condition;
    }
}
