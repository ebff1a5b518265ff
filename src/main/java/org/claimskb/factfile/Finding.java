package org.claimskb.factfile;

/**
 * A problem and the JSON Pointer of the value it is about, so the loader can tell which item
 * (claim, registry entry) it costs. A null pointer means the file cannot be read as a whole.
 */
record Finding(String pointer, Problem problem) {
    static Finding wholeFile(Problem problem) {
        return new Finding(null, problem);
    }

    boolean wholeFile() {
        return pointer == null;
    }
}
