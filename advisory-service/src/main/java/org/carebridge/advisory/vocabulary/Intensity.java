package org.carebridge.advisory.vocabulary;

/** Light or intensive case variant. */
public enum Intensity {
    LIGHT, INTENSIVE
}
