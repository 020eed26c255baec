package org.carebridge.network.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.network.vocabulary.Urgency;
import org.carebridge.platform.problem.ProblemException;

import java.time.LocalDate;

/**
 * Every escalation has a due date from the moment it arrives, by urgency (its owner may move it, within a limit).
 * Not answering in time is what makes an escalation climb to the region's lead coordinator.
 */
@ApplicationScoped
public class DueDates {

    /** The dates a due date may be moved to: today up to the configured limit (a date far away would never climb). */
    public record Window(LocalDate earliest, LocalDate latest) {

        /** 400 on {@code dueDate} outside the window. */
        public void check(LocalDate to) {
            check(to, "dueDate");
        }

        /** 400 on {@code field} when {@code to} is outside the window. */
        public void check(LocalDate to, String field) {
            if (to.isBefore(earliest)) {
                throw ProblemException.badField(field, "must be today (" + earliest + ") or later");
            }
            if (to.isAfter(latest)) {
                throw ProblemException.badField(field, "must be " + latest + " or earlier");
            }
        }
    }

    private final BridgeSettings.DueWithinDays dueWithin;
    private final int maxDays;

    public DueDates(BridgeSettings settings) {
        this.dueWithin = settings.dueWithinDays();
        this.maxDays = settings.dueDate().maxDays();
    }

    public LocalDate forNew(Urgency urgency, LocalDate received) {
        int days = switch (urgency) {
            case HIGH -> dueWithin.high();
            case MEDIUM -> dueWithin.medium();
            case LOW -> dueWithin.low();
        };
        return received.plusDays(days);
    }

    /** Where the owner may move a due date on {@code today} (the service's local date). */
    public Window window(LocalDate today) {
        return new Window(today, today.plusDays(maxDays));
    }
}
