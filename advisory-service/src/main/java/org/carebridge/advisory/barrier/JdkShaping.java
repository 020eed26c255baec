package org.carebridge.advisory.barrier;

import org.jboss.logging.Logger;

/**
 * Whether the JDK can shape text here, found out at the first layout and remembered. java.awt.Font lays out through
 * the JDK's libfontmanager, which needs the system's libfreetype.so.6: a slim container image (ubi-minimal) may lack
 * it, and then the first font call throws UnsatisfiedLinkError (or InternalError, an AWTError) and every later one
 * NoClassDefFoundError. A PDF export must not fail for that: {@link FontFace} then draws each character's own glyph,
 * unjoined and in typed order, and this logs one WARN saying what is missing.
 */
final class JdkShaping {

    private static final Logger LOG = Logger.getLogger(JdkShaping.class);

    private static volatile boolean broken;
    /** For tests: draw unshaped, as without freetype, while this JVM can shape. */
    static volatile boolean off;

    private JdkShaping() {
    }

    static boolean works() {
        return !off && !broken;
    }

    /**
     * Takes what the JDK threw laying out text as "it cannot shape here" and warns once; rethrows what is no sign of
     * that (out of memory, a stack overflow: the JVM's own trouble, not the font library's).
     */
    static void failed(Error e) {
        if (e instanceof VirtualMachineError && !(e instanceof InternalError)) {
            throw e;
        }
        synchronized (JdkShaping.class) {
            if (broken) {
                return;
            }
            broken = true;
        }
        LOG.warnf(e, "Policy-signal PDFs print unshaped text from now on: the JDK cannot lay out text here (%s). Each "
                + "letter prints as its own glyph in typed order: Arabic-script letters unjoined, Indic and Southeast "
                + "Asian vowel signs not reordered, no conjuncts. Shaping needs the JDK's libfontmanager and the "
                + "system's libfreetype.so.6 (see deploy/kubernetes/README.md, Images).", e);
    }
}
