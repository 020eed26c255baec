package org.carebridge.peer.workflow;

import org.flowable.cmmn.api.delegate.DelegatePlanItemInstance;
import org.flowable.cmmn.api.delegate.PlanItemJavaDelegate;

/**
 * The re-notify timer fired: records it on the case, as Carebridge's bridge watch records its RENOTIFIED step. The
 * peer sends no mail; the timer, its job and this step are what the comparison needs.
 */
public class Renotify implements PlanItemJavaDelegate {
    @Override
    public void execute(DelegatePlanItemInstance planItem) {
        Object count = planItem.getVariable("renotified");
        planItem.setVariable("renotified", count == null ? 1 : ((Number) count).intValue() + 1);
    }
}
