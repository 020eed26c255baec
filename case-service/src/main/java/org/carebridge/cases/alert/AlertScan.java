package org.carebridge.cases.alert;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.jboss.logging.Logger;

import java.util.UUID;
import java.util.function.Function;

/**
 * Runs the alert checks on a schedule ({@code carebridge.alerts.every}) and raises what they find, each alert in its
 * own transaction so one failing case does not hold back the others. Safe to run on several instances at once: the
 * unique (case, cause) lets only one of them raise a given alert.
 */
@ApplicationScoped
public class AlertScan {

    private static final Logger LOG = Logger.getLogger(AlertScan.class);

    private final AlertChecks checks;
    private final AlertRaiser raiser;

    public AlertScan(AlertChecks checks, AlertRaiser raiser) {
        this.checks = checks;
        this.raiser = raiser;
    }

    @Scheduled(identity = "case-alerts", every = "${carebridge.alerts.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int raised = runOnce();
        if (raised > 0) {
            LOG.infof("raised %d alerts", raised);
        }
    }

    /** @return how many alerts this run raised */
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public int runOnce() {
        return scan(checks::noLead) + scan(checks::goalOverdue) + scan(checks::inactivity)
                + scan(checks::age18WithoutTransition);
    }

    private int scan(Function<UUID, AlertChecks.CheckPage> check) {
        int raised = 0;
        UUID after = AlertChecks.FIRST;
        AlertChecks.CheckPage page;
        do {
            page = check.apply(after);
            for (AlertCandidate candidate : page.found()) {
                try {
                    if (raiser.raise(candidate)) {
                        raised++;
                    }
                } catch (RuntimeException e) {
                    LOG.errorf(e, "alert %s of case %s not raised; the next run tries again", candidate.cause(),
                            candidate.caseId());
                }
            }
            after = page.lastId();
        } while (page.full());
        return raised;
    }
}
