package org.carebridge.cases.casefile;

/** Light for a quick, low-trust start; intensive when the whole team meets regularly. */
public enum Intensity {
    LIGHT, INTENSIVE
}
