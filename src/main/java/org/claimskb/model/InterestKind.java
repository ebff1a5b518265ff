package org.claimskb.model;

/** How a speaker stands to gain when an entity does well. */
public enum InterestKind implements Wire {
    EXECUTIVE, FOUNDER, EMPLOYEE, SHAREHOLDER, INVESTOR, CLIENT, VENDOR, OTHER
}
