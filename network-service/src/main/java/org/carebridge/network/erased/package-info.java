/**
 * The cases case-service erased, and what their blanked text reads. At the bottom of the features, so the consumers
 * of escalations and teams can refuse a late event's text without depending on erasure, which blanks them.
 */
package org.carebridge.network.erased;
