package org.carebridge.network.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.carebridge.stack.testing.MovableClock;

/** The service's clock in tests, so time-dependent rules (re-notify, climb, overdue handovers) run in seconds. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends MovableClock {
}
