package org.carebridge.network.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.carebridge.network.escalation.TeamStep;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** What notification observes, seen by tests: every TeamStep the Recorder fired, in order. */
@ApplicationScoped
public class TeamStepsSeen {

    private final List<TeamStep> steps = new CopyOnWriteArrayList<>();

    void seen(@Observes TeamStep step) {
        steps.add(step);
    }

    public List<TeamStep> of(UUID escalationId) {
        return steps.stream().filter(s -> s.escalationId().equals(escalationId)).toList();
    }
}
