package org.carebridge.network.vocabulary;

/** Light or intensive case variant. */
public enum Intensity {
    LIGHT, INTENSIVE
}
