package org.carebridge.cases.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.carebridge.stack.testing.MovableClock;

/** Replaces the service's clock in tests, so that due dates and retention periods pass without sleeping. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends MovableClock {
}
