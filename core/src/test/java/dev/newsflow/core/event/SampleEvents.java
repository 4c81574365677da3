package dev.newsflow.core.event;

import dev.newsflow.core.event.EnrichedArticle.Extractor;
import dev.newsflow.core.event.EnrichedArticle.Image;
import dev.newsflow.core.event.EnrichedArticle.Language.Segment;
import dev.newsflow.core.event.EnrichedArticle.Language.Share;
import dev.newsflow.core.event.EnrichedArticle.Language;
import dev.newsflow.core.event.EnrichedArticle.Link;
import dev.newsflow.core.event.EnrichedArticle.Stats;
import dev.newsflow.core.id.ArticleId;
import dev.newsflow.core.id.ContentHash;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Realistic events for tests, modelled on the seed item (a DW Chinese article): one with every
 * field filled, one with only what each event always carries.
 */
public final class SampleEvents {

    public static final String URL = "https://www.dw.com/zh/%E5%B8%83%E6%9E%97%E8%82%AF%E4%BC%9A%E6%99%A4"
            + "%E4%B9%A0%E8%BF%91%E5%B9%B3%20%E7%A7%B0%E4%B8%AD%E5%9B%BD%E5%AF%B9%E4%BF%84%E5%86%9B%E5%B7%A5"
            + "%E6%94%AF%E6%8C%81%E5%BC%95%E5%BF%A7/a-68927063";
    public static final String ID = ArticleId.of(URL);
    public static final Instant FEED_TIMESTAMP = Instant.ofEpochMilli(1714141024000L);
    public static final Instant PUBLISHED_AT = Instant.parse("2024-04-26T08:25:56.585Z");
    public static final Instant FETCHED_AT = Instant.parse("2024-04-26T14:03:11.204Z");

    private static final String CONTENT = "<div><i><br>2024-04-26T08:25:56.585Z</i></div>"
            + "<img src=\"https://images.weserv.nl/?url=static.dw.com/image/68927581_303.jpg\" width=\"100%\">"
            + "<div><small style=\"color: #999;\">习近平周五在人民大会堂会晤到访的美国国务卿布林肯</small></div>"
            + "<p>（德國之聲中文網）美国国务卿布林肯周五（4月26日）与中国国家主席习近平以及其他高级官员会晤。</p>"
            + "<p><strong>习近平：做伙伴不是对手</strong></p><p>布林肯還與習近平就南中國海問題進行了磋商。</p>";

    private static final RawArticle.Source ARCHIVE_SOURCE =
            new RawArticle.Source("dw-zh", "archive", "https://rss.dw.com/rdf/rss-chi-all", "corpora/seed/000_bef200b8a0c60b0a.txt");

    private SampleEvents() {}

    public static RawArticle fullRaw() {
        byte[] content = CONTENT.getBytes(StandardCharsets.UTF_8);
        return new RawArticle(RawArticle.SCHEMA, ID, 2, URL, ARCHIVE_SOURCE, "布林肯会晤习近平 称中国对俄军工支持引忧",
                new RawArticle.FeedFields("https://www.dw.com/zh/a-68927063", List.of("德国之声中文网"), List.of("国际", "中国"),
                        "美国国务卿布林肯周五与中国国家主席习近平会晤。", FEED_TIMESTAMP,
                        Instant.parse("2024-04-26T15:00:00Z"), "zh-CN",
                        List.of("https://static.dw.com/image/68927581_303.jpg"), List.of(RawArticle.FeedFields.FLAG_TIMESTAMP_WITHOUT_ZONE)),
                CONTENT, "text/html", true, RecordSizes.MAX_CONTENT_BYTES + 1L, ContentHash.sha256Hex(content), FETCHED_AT);
    }

    /** Only what a raw article always carries: no title, no feed fields, empty content. */
    public static RawArticle minimalRaw() {
        return new RawArticle(RawArticle.SCHEMA, ID, 1, URL, new RawArticle.Source("push", "push", null, null), null,
                null, "", "text/html", false, 0, ContentHash.sha256Hex(new byte[0]), FETCHED_AT);
    }

    public static EnrichedArticle fullEnriched() {
        Image photo = new Image("https://static.dw.com/image/68927581_303.jpg", "习近平周五在人民大会堂会晤到访的美国国务卿布林肯",
                "Mark Schiefelbein/AP/picture alliance", "https://images.weserv.nl/?url=static.dw.com/image/68927581_303.jpg");
        String text = "美国国务卿布林肯周五（4月26日）与中国国家主席习近平以及其他高级官员会晤。\n\n布林肯還與習近平就南中國海問題進行了磋商。";
        return new EnrichedArticle(EnrichedArticle.SCHEMA, ID, 2, URL, "https://www.dw.com/zh/a-68927063", "DW",
                "布林肯会晤习近平 称中国对俄军工支持引忧", "美国国务卿布林肯周五与中国国家主席习近平会晤。", List.of("William Yang"), PUBLISHED_AT,
                Instant.parse("2024-04-26T10:00:00Z"), FEED_TIMESTAMP, photo, List.of(photo), List.of("习近平：做伙伴不是对手"), text,
                List.of(new Link("https://www.dw.com/zh/a-68900000", "中美外长会谈", "related"),
                        new Link("https://www.dw.com/zh/a-68800000", "布林肯抵达上海", "internal"),
                        new Link("https://www.state.gov/secretary-blinken", "美国国务院", "external")),
                List.of("（德國之聲中文網）", "（綜合報導）", "© 2024年德國之聲版權聲明：本文所有內容受到著作權法保護"),
                new Language("zh-Hans", 0.83, true,
                        List.of(new Share("zh-Hans", 0.71), new Share("zh-Hant", 0.29)),
                        List.of(new Segment("title", 0, "zh-Hans", 0.95, null, "script"),
                                new Segment("heading", 0, "zh-Hans", 0.9, null, "script"),
                                new Segment("paragraph", 0, "zh-Hans", 0.97, null, "script"),
                                new Segment("paragraph", 1, "zh-Hant", 0.96, "布林肯还与习近平就南中国海问题进行了磋商。", "script"),
                                new Segment("caption", 0, "zh-Hans", 0.92, null, "document")),
                        "script"),
                new Stats(2, 58, 58, 1, 3, 15),
                Map.of("title", "feed", "publishedAt", "body", "leadImage", "body", "site", "opengraph"),
                List.of("content-truncated"), ARCHIVE_SOURCE, FETCHED_AT, new Extractor("newsflow", "0.1.0"));
    }

    /** What enrichment gives for a page with nothing extractable: nulls and empty lists. */
    public static EnrichedArticle minimalEnriched() {
        return new EnrichedArticle(EnrichedArticle.SCHEMA, ID, 1, URL, null, "www.dw.com", null, null, null, null, null, null,
                null, null, null, "", null, null, new Language("und", 0, false, null, null, "script"),
                new Stats(0, 0, 0, 0, 0, 0), null, List.of("not-an-article"), new RawArticle.Source("push", "push", null, null),
                FETCHED_AT, new Extractor("newsflow", "0.1.0"));
    }

    /** An enrich failure at a Kafka position, with the original key and value. */
    public static DeadLetter fullDeadLetter() {
        return new DeadLetter(DeadLetter.SCHEMA, "enrich", "dev.newsflow.core.json.JsonDecodingException",
                "not a valid RawArticle JSON event: Unexpected end-of-input", DeadLetter.Source.kafka("news.raw.v1", 3, 41_873L),
                ID, ID.getBytes(StandardCharsets.UTF_8), "{\"schema\":\"newsflow.raw/1\",\"id\":".getBytes(StandardCharsets.UTF_8),
                2, Instant.parse("2024-04-26T14:03:12.5Z"), false, null, null);
    }

    /** An ingest input too large to read whole: its first bytes, its length and its hash. */
    public static DeadLetter cutDeadLetter() {
        return DeadLetter.ofCutInput(Stage.INGEST, "InputTooLarge", "file is 3221225472 bytes, more than the 64 MiB an input may have",
                DeadLetter.Source.input("items/huge.txt"), new byte[DeadLetter.CUT_PREFIX_BYTES], 3_221_225_472L,
                "a6b4c1d0e2f3a6b4c1d0e2f3a6b4c1d0e2f3a6b4c1d0e2f3a6b4c1d0e2f3a6b4", Instant.EPOCH);
    }

    /** An ingest failure of an input file: no id, no key. */
    public static DeadLetter minimalDeadLetter() {
        return DeadLetter.of(Stage.INGEST, "archive-item-malformed", "line 2 is not a markdown link",
                DeadLetter.Source.input("corpora/seed/broken.txt"), null, null, new byte[] {(byte) 0xff, 0x00, 0x3c},
                Instant.EPOCH);
    }
}
