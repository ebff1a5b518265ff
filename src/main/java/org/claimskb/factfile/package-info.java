/**
 * Reading fact files: YAML or JSON under {@code claims/}, parsed with Jackson into trees that
 * remember where every value stood, checked against the published JSON Schema
 * ({@code fact-file.schema.json}) and then across files (unique ids, references, units), and
 * mapped to the {@code model} records.
 *
 * <p>Every problem in every file is reported in one run as {@code path:line:column: message};
 * a file with problems is skipped and the others still load.
 */
package org.claimskb.factfile;
