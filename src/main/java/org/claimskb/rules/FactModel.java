package org.claimskb.rules;

import java.util.List;
import org.claimskb.model.Assessment;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.InterestKind;
import org.claimskb.model.Outcome;
import org.claimskb.model.PartialDate;
import org.claimskb.model.Position;
import org.claimskb.model.Regime;
import org.claimskb.model.SourceKind;
import org.claimskb.rules.facts.Affects;
import org.claimskb.rules.facts.AsOf;
import org.claimskb.rules.facts.BaseScore;
import org.claimskb.rules.facts.ClaimFact;
import org.claimskb.rules.facts.Direction;
import org.claimskb.rules.facts.ResolutionFact;
import org.claimskb.rules.facts.SpeakerFact;
import org.claimskb.rules.facts.SpeakerInterest;
import org.claimskb.rules.facts.Stake;
import org.claimskb.rules.facts.SideTotal;
import org.claimskb.rules.facts.Share;
import org.claimskb.rules.facts.GroupSide;
import org.claimskb.rules.facts.Vote;
import org.claimskb.rules.facts.Voter;
import org.claimskb.rules.facts.TrackRecord;

/** The classes compiled rules depend on; their bytecode is part of the rules cache key. */
final class FactModel {
    static final List<Class<?>> CLASSES = List.of(Affects.class, AsOf.class, BaseScore.class, BaseScore.Tally.class,
            ClaimFact.class, Direction.class, GroupSide.class, ResolutionFact.class, Share.class, SideTotal.class,
            SpeakerFact.class, SpeakerInterest.class, Stake.class, TrackRecord.class, Vote.class, Voter.class, Findings.class,
            Assessment.class, ClaimKind.class, InterestKind.class, Outcome.class, PartialDate.class, Position.class,
            Regime.class, SourceKind.class);

    private FactModel() {}
}
