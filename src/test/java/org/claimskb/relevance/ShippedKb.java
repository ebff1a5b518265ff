package org.claimskb.relevance;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimskb.index.DerivedState;
import org.claimskb.rules.RulesEngine;

/** The repository's own KB (claims/ and rules/), scored by the shipped rules on a fixed day. */
public final class ShippedKb {
    public static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    private ShippedKb() {}

    public static DerivedState open() throws IOException {
        return DerivedState.open(Path.of("").toAbsolutePath(), AS_OF, RulesEngine::analyze);
    }
}
