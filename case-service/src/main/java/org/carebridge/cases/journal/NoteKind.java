package org.carebridge.cases.journal;

import org.carebridge.cases.timeline.TimelineKind;

/** What a member writes in the journal; each is a kind of the case's one timeline. */
public enum NoteKind {
    /** an observation or agreement of the team */
    NOTE(TimelineKind.NOTE),
    /** what the youth said, in their words: the youth is at the centre */
    YOUTH_VOICE(TimelineKind.YOUTH_VOICE),
    /** what the parents or guardian said */
    PARENT_VOICE(TimelineKind.PARENT_VOICE),
    /** a decision taken with the youth, e.g. a study choice */
    DECISION(TimelineKind.DECISION),
    /** a worry signalled by a member, e.g. absence from school */
    SIGNAL(TimelineKind.SIGNAL);

    public final TimelineKind timelineKind;

    NoteKind(TimelineKind timelineKind) {
        this.timelineKind = timelineKind;
    }

    public static java.util.List<TimelineKind> timelineKinds() {
        return java.util.Arrays.stream(values()).map(k -> k.timelineKind).toList();
    }
}
