package org.carebridge.cases.team;

import org.carebridge.cases.casefile.CaseMember;
import org.carebridge.cases.casefile.CaseViews.MemberView;

import java.util.List;

/** A case's team: its members and its one accountable lead, or none (then {@code leadMissing}). */
public record TeamView(String lead, boolean leadMissing, List<MemberView> members) {

    static TeamView of(String lead, List<CaseMember> members) {
        return new TeamView(lead, lead == null, members.stream().map(MemberView::of).toList());
    }
}
