package org.claimskb.model;

/** The fixed vocabulary of rule findings (cli.md); spelled in upper case everywhere. */
public enum Flag implements Wire {
    SELF_INTEREST, AGAINST_INTEREST, CONTRADICTED, SELF_CONTRADICTION, CORROBORATED,
    VERIFIABLE, UNVERIFIABLE, PREDICTION_PENDING, PREDICTION_DUE, PREDICTION_TRUE,
    PREDICTION_FALSE, SECONDHAND, DISPUTED, DRAFT;

    @Override
    public String wire() {
        return name();
    }
}
