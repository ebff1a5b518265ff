/**
 * Turning a clipped transcript or summary (Markdown, plain text, a saved web page or captions, English, Japanese or Chinese,
 * with or without YAML front matter) into a draft fact file for review: {@code claims add}.
 *
 * <p>The pipeline, one class per step: {@link org.claimskb.ingest.TranscriptFile} decodes the
 * bytes strictly (a saved web page is read as its metadata and main text, {@link org.claimskb.ingest.HtmlPage};
 * captions as timed turns, {@link org.claimskb.ingest.Captions}); {@link org.claimskb.ingest.FrontMatter} reads the YAML header;
 * {@link org.claimskb.ingest.LanguageDetector} names the language;
 * {@link org.claimskb.ingest.AnonymousVoices} turns {@code Speaker 1:} labels into role labels and
 * {@link org.claimskb.ingest.TurnMarkers} {@code >>} marks into turns;
 * {@link org.claimskb.ingest.Segmenter} cuts the body into passages that keep their timestamp or
 * heading; {@link org.claimskb.ingest.SentenceSplitter} cuts passages into sentences;
 * {@link org.claimskb.ingest.QuantityParser} (numbers said in words through
 * {@link org.claimskb.ingest.SpokenNumbers}) and {@link org.claimskb.ingest.ClaimClassifier}
 * find numbers, predictions and comparisons; {@link org.claimskb.ingest.SpeakerResolver} (with
 * {@link org.claimskb.ingest.SpeakerLabel} for {@code Name:} turns and
 * {@link org.claimskb.ingest.Introductions} for "X welcomes Y") and
 * {@link org.claimskb.ingest.EntityMatcher} tie the text to the knowledge base's speakers and
 * entities; {@link org.claimskb.ingest.QuantitySubject} says what a number measures; {@link org.claimskb.ingest.TranscriptImporter} assembles a {@link org.claimskb.ingest.Draft}
 * and {@link org.claimskb.ingest.DraftWriter} writes it atomically as YAML.
 *
 * <p>Everything here is heuristic on purpose: drafts are marked {@code status: draft} and are
 * meant to be reviewed. The heuristics are documented in {@code docs/INGEST.md}.
 */
package org.claimskb.ingest;
