package org.claimskb.index;

/** The Lucene field names of a claim document. */
final class Fields {
    static final String ID = "id";
    /** Doc values: 64 bits of a hash of all the document is made of ({@link ClaimDocuments#prepare}). */
    static final String FINGERPRINT = "fingerprint";
    static final String SPEAKER = "speaker";
    /** Keyword: the claim's id within its source (the part after the slash), so a local id is resolved by one lookup. */
    static final String LOCAL_ID = "local_id";
    static final String SOURCE = "source";
    static final String KIND = "kind";
    static final String STATUS = "status";
    static final String FLAG = "flag";
    static final String TOPIC = "topic";
    /** Keyword: the claim's own topics as its fact file lists them (the desk's topic facet; {@link #TOPIC} adds ancestors and propositions). */
    static final String OWN_TOPIC = "own_topic";
    static final String CREDIBILITY = "credibility";
    /** Doc values: 0 for a reviewed claim, 1 for a draft (drafts rank below reviewed claims). */
    static final String STATUS_RANK = "status_rank";
    /** Doc values: the day its source was said or written (first day of a partial date), as epoch days. */
    static final String DATE = "date";
    /** Feature field holding {@link #CREDIBILITY_FEATURE}, a mild ranking signal. */
    static final String FEATURES = "features";
    static final String CREDIBILITY_FEATURE = "credibility";
    /** The claim itself (its model record) as JSON, for output without reading fact files. */
    static final String CLAIM_JSON = "claim_json";
    /** Stored: where the claim's disagreement groups are in the generation's analysis ({@link AnalysisStore}). */
    static final String GROUPS = "groups";
    /** Keyword: the question a claim answers, so a question's answers are found without the fact files. */
    static final String REPLY_TO = "reply_to";
    /** The claim's {@code ClaimScore} as JSON, for {@code show}. */
    static final String SCORE_JSON = "score_json";

    /** Searchable texts, each indexed with every analysis of {@link MultilingualAnalyzers}. */
    static final String TEXT = "text";
    static final String QUOTE = "quote";
    /** Names of the speaker and of every entity the claim is about, with aliases and topic ids. */
    static final String NAMES = "names";

    /**
     * Keywords: the {@link ConceptKeys} of every name and alias of its quantity's subject and
     * metric, with their ancestors ({@code nvidia}, {@code market share}, {@code 市 占 率}, ...).
     */
    static final String MEASURES = "measures";

    static final String[] SEARCHABLE = {TEXT, QUOTE, NAMES};

    private Fields() {}
}
