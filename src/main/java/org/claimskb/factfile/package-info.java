/**
 * Reading fact files: YAML or JSON under {@code claims/}, parsed with Jackson into trees that
 * remember where their sections and items stood, checked against the published JSON Schema
 * ({@code fact-file.schema.json}), mapped to the {@code model} records, then checked across files
 * (unique ids, references, units).
 *
 * <p>The stages, in {@link org.claimskb.factfile.FactFiles#load}: each file on its own, on every
 * core (read, parse, schema, the item's own checks, records: {@code CrossFileCheck.itemsOf} and
 * {@code RecordMapper.mapItems}; the tree is dropped there); then, once, the checks across files
 * ({@code CrossFileCheck.run}), which only skip items. A build keeps each sound file's result by
 * content ({@code ParsedCache}), so an unchanged file is not parsed again.
 *
 * <p>Every problem in every file is reported in one run as {@code path:line:column: message};
 * an item with problems is skipped (and what needs it), and the rest still loads.
 *
 * <p>Owns the fact-file format and its validation; imports {@code model}, {@code units} and
 * {@code files} only, never the index, rules or commands.
 */
package org.claimskb.factfile;
