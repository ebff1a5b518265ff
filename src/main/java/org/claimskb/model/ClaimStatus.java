package org.claimskb.model;

/** Whether a person has reviewed a claim; drafts come from {@code claims add}. */
public enum ClaimStatus implements Wire {
    REVIEWED, DRAFT
}
