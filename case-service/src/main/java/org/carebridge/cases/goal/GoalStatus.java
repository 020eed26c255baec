package org.carebridge.cases.goal;

public enum GoalStatus {
    OPEN, DONE, DROPPED
}
