package org.carebridge.cases.consent;

/** What a consent shares with one member; see {@link ConsentRules} for what each opens. */
public enum ConsentPurpose {
    /** who the youth is: name, birth date, languages, legal situation */
    IDENTITY,
    /** the journal: notes, the youth's and parents' voice, decisions, signals */
    JOURNAL
}
