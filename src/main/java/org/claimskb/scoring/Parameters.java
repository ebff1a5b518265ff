package org.claimskb.scoring;

/**
 * The numbers the aggregations use, read from the rules directory's documented table
 * ({@code rules/parameters.yaml}, where each has its reason): how far apart two values may be and
 * still agree, how verdicts weigh and band their evidence, how grades are reached.
 */
public record Parameters(double numericTolerance, Verdicts verdicts, Grades grades) {

    /** Verdict arithmetic (see {@link VerdictMath}). */
    public record Verdicts(double verifiableFactor, double plainFactor, double unverifiableFactor, double shrinkage,
                           double weightFloor, double supported, double leans) {}

    /** Report-card grading (see {@link Grading}). */
    public record Grades(int minClaims, int minFacts, int minResolved, double selfContradictionPenalty,
                         double maxSelfContradictionPenalty, double a, double b, double c, double d) {}
}
