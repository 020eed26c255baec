package org.carebridge.network.workload;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * How much work the bridge of a region carries, in counts only (no escalation or case ids): open escalations per
 * owner with the age in whole days of the oldest, how many fall due within a week and how many are overdue; the
 * open escalations nobody claimed; and the open cases of the region per professional and per organisation.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WorkloadView(String region, List<OwnerLoad> owners, Unclaimed unclaimed, Caseload caseload) {

    /** One coordinator's open escalations; {@code due} counts those due today up to a week ahead. */
    public record OwnerLoad(String owner, long open, long oldestDays, long due, long overdue) {
    }

    /** {@code oldestDays} is null when nothing waits. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Unclaimed(long open, Long oldestDays) {
    }

    public record Caseload(List<Worker> workers, List<Team> teams) {
    }

    /** Open cases with this professional on the team. */
    public record Worker(String username, long cases) {
    }

    /** Open cases with someone of this organisation on the team (a case counts once per organisation). */
    public record Team(String organisation, long cases) {
    }

    static WorkloadView empty() {
        return new WorkloadView(null, List.of(), new Unclaimed(0, null), new Caseload(List.of(), List.of()));
    }
}
