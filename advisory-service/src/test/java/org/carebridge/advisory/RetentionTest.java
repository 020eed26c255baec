package org.carebridge.advisory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.advisory.AdvisoryEvents.Referred;
import org.carebridge.platform.retention.RetentionJob;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Retention with the service's clock moved: a referral's free text stands until carebridge.retention.period
 * (P730D) after its advice, then the job blanks it as an erasure would; an open referral keeps its question.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class RetentionTest {

    @Inject
    DataSource dataSource;
    @Inject
    RetentionJob job;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void anAdvisedReferralLosesItsFreeTextAfterTheRetentionPeriodOnce() {
        FreeTexts written = FreeTexts.everywhere(db());
        Referred open = AdvisoryEvents.referred("north");
        TestEvents.publish(StackSupport.kafka(), "network.referrals", open.pseudonym(), open.json());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db().count("select count(*) from referral where id = ?", open.referralId()) == 1);
        Instant now = Instant.now();

        TestClock.set(now.plus(Duration.ofDays(729)));
        job.drain();
        for (String text : written.texts()) {
            assertFalse(db().columnsContaining(text).isEmpty(), "blanked before its time: " + text);
        }

        TestClock.set(now.plus(Duration.ofDays(731)));
        job.drain();
        for (String text : written.texts()) {
            assertEquals(List.of(), db().columnsContaining(text), "still stored: " + text);
        }
        as("ada").get("/api/advisory/referrals/{id}", written.referral().referralId()).then().statusCode(200)
                .body("question", equalTo("[erased]")).body("advice.text", equalTo("[erased]"))
                .body("barrier", equalTo("SCHOOL_ACCESS"));
        as("ada").get("/api/advisory/referrals/{id}", open.referralId()).then().statusCode(200)
                .body("question", equalTo(open.question()));

        assertEquals(0, job.drain(), "a second run finds nothing left to do");
        assertEquals(1, db().count("""
                select count(*) from audit_entry where action = 'ERASE_FREE_TEXT' and object_id = ?
                and reason = 'retention period of 730 days after the advice or closure'""", written.referral().referralId().toString()));
    }

    private Db db() {
        return new Db(dataSource);
    }
}
