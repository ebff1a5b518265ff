package org.claimskb.ingest;

/** Transcripts written for the tests, one per language and front-matter style. */
final class Transcripts {
    private Transcripts() {}

    /** English, Jekyll front matter, timestamps in three styles, speaker labels, a sponsor read. */
    static final String ENGLISH = """
            ---
            layout: post
            title: "Chips and Power | Interview with Gavin Baker"
            date: 2025-03-04 09:30:00 -0500
            author: Jane Host
            tags: [ai, chips]
            ---
            # Chips and Power

            Guest: Gavin Baker (investor)

            ## [00:00] Intro

            This episode is sponsored by Acme Cloud, use promo code CHIPS for 10% off.

            [05:03] Jane Host: How heavy are the new racks?

            Gavin Baker: A Blackwell rack weighs about 3,000 lb, against 1,000 lb before. Nvidia reported revenue of $39.3 billion last quarter.

            (1:22:25) Gavin Baker: I think Google TPUs are cheaper than Nvidia GPUs for inference. By 2027 data center capex will reach $1 trillion.

            ## Outlook

            - Gross margins are 8-95% depending on the product (table)
            - Subscribe to our newsletter and share this episode!
            """;

    /** Japanese, Obsidian web clipper front matter with [[Wiki Link]] authors, ### [mm:ss] headings. */
    static final String JAPANESE = """
            ---
            title: "AIインフラの経済学"
            source: "https://www.youtube.com/watch?v=example123"
            author:
              - "[[Jane Host]]"
              - "[[Gavin Baker]]"
            published: 2025-06-01T10:00:00+09:00
            created: 2026-01-05
            description: "AIインフラについての対談の要約。"
            tags:
              - "clippings"
            ---
            ## 動画概要

            - **ホスト**: [[Jane Host]]
            - **ゲスト**: [[Gavin Baker]]（テクノロジー投資家）
            - **公開日**: 2025-06-01

            ### [05:03] Blackwellへの移行

            - ラック重量：約1,000ポンド → 3,000ポンド
            - 電力消費：30キロワット → 130キロワット
            - エヌビディアの売上高は100億ドルに達した。
            - 2027年までにデータセンターの投資は2倍になる見込みだ。

            ### [12:40] 競争

            グーグルのTPUはGPUより安い。これは重要な点です！チャンネル登録をお願いします。
            """;

    /** Traditional Chinese, Jekyll front matter with a time zone, CJK-only title, prose guest line. */
    static final String TRADITIONAL = """
            ---
            layout: post
            title: "人工智慧的十年"
            date: 2025-12-22T22:02:21+08:00
            categories: [AI]
            ---
            <span class="original-link">原文連結： [Podcast](https://www.youtube.com/watch?v=zzz) </span>

            嘉賓：王小明（科技投資人）

            ## 英偉達的歷史

            當時英偉達的市值只有 20 億美元。這個機架重達三噸，有數千根電纜。

            ## 未來

            我認為十年內我們將擁有人工超級智慧。推理需求中 40% 來自雲端。黃仁勳說過很多話；這些話值得認真對待。
            """;

    /** Simplified Chinese, no front matter: title from the first heading, date from nowhere. */
    static final String SIMPLIFIED = """
            # 英伟达的未来

            预计到2027年数据中心收入将达到1000亿美元。谷歌的芯片比英伟达的更便宜；这个说法值得检验。
            英伟达的毛利率为75%，这个数字来自财报。
            """;
}
