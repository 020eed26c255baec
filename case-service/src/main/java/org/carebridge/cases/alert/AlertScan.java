package org.carebridge.cases.alert;

import io.quarkus.arc.All;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.cases.recorder.CaseMetrics;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Runs every {@link AlertCheck} bean on a schedule ({@code carebridge.alerts.every}) and raises what they find, each
 * alert in its own transaction so one failing case does not hold back the others. Safe to run on several instances
 * at once: the unique (case, cause) lets only one of them raise a given alert.
 */
@ApplicationScoped
public class AlertScan {

    /** case_alert.kind's width (V44) and network-service's. */
    static final int KIND_MAX = 40;
    private static final Logger LOG = Logger.getLogger(AlertScan.class);

    private final List<AlertCheck> checks;
    private final AlertRaiser raiser;
    private final CaseMetrics metrics;

    public AlertScan(@All List<AlertCheck> checks, AlertRaiser raiser, CaseMetrics metrics) {
        this.checks = inOrder(checks);
        this.raiser = raiser;
        this.metrics = metrics;
    }

    /** @return the checks by kind, so that every run raises in the same order; refuses a bad or repeated kind */
    static List<AlertCheck> inOrder(List<AlertCheck> checks) {
        Set<String> kinds = new HashSet<>();
        for (AlertCheck check : checks) {
            String kind = check.kind();
            if (kind == null || !kind.matches("[A-Z][A-Z0-9_]*") || kind.length() > KIND_MAX) {
                throw new IllegalStateException(check.getClass().getSimpleName() + ": an alert kind is upper case, "
                        + "digits and '_', at most " + KIND_MAX + " characters: " + kind);
            }
            if (!kinds.add(kind)) {
                throw new IllegalStateException("two alert checks of kind " + kind);
            }
        }
        return checks.stream().sorted(Comparator.comparing(AlertCheck::kind)).toList();
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
        int raised = 0;
        for (AlertCheck check : checks) {
            raised += scan(check);
        }
        return raised;
    }

    private int scan(AlertCheck check) {
        int raised = 0;
        UUID after = CheckQueries.FIRST;
        CheckPage page;
        do {
            page = check.find(after);
            for (AlertCandidate candidate : page.found()) {
                try {
                    if (raiser.raise(check, candidate)) { // its own transaction: committed when it returns
                        raised++;
                        metrics.alertRaised(check.kind());
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
