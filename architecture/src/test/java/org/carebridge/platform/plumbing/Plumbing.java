package org.carebridge.platform.plumbing;

/** Clean: platform plumbing, depending on no service. */
public class Plumbing {
}
