/**
 * The shared vocabulary of the care network (barriers, domains, urgency, ...) as this service reads it from events.
 * A copy, not a shared library: the producers' AsyncAPI documents are the contract.
 */
package org.carebridge.network.vocabulary;
