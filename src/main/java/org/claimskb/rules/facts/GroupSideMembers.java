package org.claimskb.rules.facts;

import java.util.List;
import org.claimskb.model.PartialDate;

/** The members of one side of one disagreement group, as the engine hands them to {@link FactBuilder#votes}. */
public record GroupSideMembers(String group, String side, List<Member> members) {
    public GroupSideMembers {
        members = List.copyOf(members);
    }

    /** One claim on the side. */
    public record Member(String claim, String speaker, String event, String source, PartialDate said) {}
}
