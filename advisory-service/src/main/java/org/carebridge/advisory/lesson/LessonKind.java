package org.carebridge.advisory.lesson;

/** A lesson learned (what to do about a barrier) or a success story (how a barrier was overcome). */
public enum LessonKind {
    LESSON, SUCCESS_STORY
}
