package org.carebridge.network.support;

import jakarta.inject.Inject;
import org.carebridge.stack.testing.Db;
import org.junit.jupiter.api.AfterEach;

import javax.sql.DataSource;

/** Base of the tests that move the service's clock: the clock and the database, and the clock back at now after each. */
public abstract class TimeMovingTest {

    @Inject
    protected DataSource dataSource;
    @Inject
    protected TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    protected Db db() {
        return new Db(dataSource);
    }
}
