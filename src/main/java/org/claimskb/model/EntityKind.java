package org.claimskb.model;

/** What sort of thing an entity is. */
public enum EntityKind implements Wire {
    COMPANY, PRODUCT, TECHNOLOGY, PERSON, COUNTRY, CONCEPT, OTHER
}
