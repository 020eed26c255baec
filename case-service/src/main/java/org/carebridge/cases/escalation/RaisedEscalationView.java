package org.carebridge.cases.escalation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.carebridge.cases.lesson.SuggestedLesson;

import java.util.List;

/**
 * The answer to raising an escalation: the escalation itself, and the lessons suggested for its barrier, so that a
 * team sees at once what worked elsewhere while the bridge takes it up.
 */
public record RaisedEscalationView(@JsonUnwrapped EscalationView escalation, List<SuggestedLesson> suggestedLessons) {
}
