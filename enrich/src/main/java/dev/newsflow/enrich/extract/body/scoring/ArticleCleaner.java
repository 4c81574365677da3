package dev.newsflow.enrich.extract.body.scoring;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Prunes what the scorer gathered along with the article (Readability's {@code prepArticle}):
 * share bars, headings and blocks whose names say furniture, and, block by block, lists, tables,
 * forms and divs that look like link lists, galleries or forms rather than prose. Data tables and
 * code stay whole.
 */
final class ArticleCleaner {

    /** A block that says nothing but "Advertisement" or "Loading…". */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio"
                    + "|(loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final int PLACEHOLDER_MAX_LENGTH = 30;
    private static final int SHARE_BAR_MAX_LENGTH = 500;
    private static final int PROSE_COMMAS = 10;
    private static final double LIST_SHARE = 0.9;
    private static final double NAMED_FURNITURE_SHARE = 0.4;

    private final Strictness strictness;
    private final RuleUse used;

    ArticleCleaner(Strictness strictness, RuleUse used) {
        this.strictness = strictness;
        this.used = used;
    }

    void clean(Element article) {
        Parts parts = new Parts(article);
        cleanConditionally(article, "form", parts.forms);
        cleanConditionally(article, "fieldset", parts.fieldsets);
        for (Element furniture : parts.furniture) {
            furniture.remove();
        }
        removeNamedFurniture(article, parts.namedFurniture);
        for (Element shareBar : parts.shareBars) {
            if (Ancestry.isInside(shareBar, article) && TextMeasures.length(shareBar, SHARE_BAR_MAX_LENGTH) < SHARE_BAR_MAX_LENGTH) {
                shareBar.remove();
            }
        }
        for (Element heading : parts.topHeadings) {
            if (Ancestry.isInside(heading, article) && weight(heading) < 0) {
                heading.remove();
            }
        }
        cleanConditionally(article, "table", parts.tables);
        cleanConditionally(article, "ul", parts.lists);
        cleanConditionally(article, "div", parts.divs);
        // h1 is the page's title; one left in the body is a section heading.
        for (Element heading : parts.topHeadings) {
            if (heading.nameIs("h1") && Ancestry.isInside(heading, article)) {
                heading.tagName("h2");
            }
        }
    }

    /**
     * The elements each step of the cleaning looks at, gathered in one walk of the article, in
     * document order: the steps used to query the article nine times over. A step skips what an
     * earlier step removed with its container (it is no longer inside the article), as a query made
     * at that step would not have found it.
     */
    private static final class Parts {
        final List<Element> forms = new ArrayList<>();
        final List<Element> fieldsets = new ArrayList<>();
        final List<Element> furniture = new ArrayList<>();
        /** Elements whose class or id names furniture ({@link FurnitureName}), outer ones first. */
        final List<Element> namedFurniture = new ArrayList<>();
        /** Elements named as share bars, below the article's children. */
        final List<Element> shareBars = new ArrayList<>();
        final List<Element> topHeadings = new ArrayList<>();
        final List<Element> tables = new ArrayList<>();
        final List<Element> lists = new ArrayList<>();
        final List<Element> divs = new ArrayList<>();

        Parts(Element article) {
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Element element && element != article) {
                    sort(element, depth);
                }
            }, article);
        }

        private void sort(Element element, int depth) {
            switch (element.normalName()) {
                case "form" -> forms.add(element);
                case "fieldset" -> fieldsets.add(element);
                case "object", "embed", "footer", "link", "aside", "iframe", "input", "textarea", "select", "button" ->
                        furniture.add(element);
                case "h1", "h2" -> topHeadings.add(element);
                case "table" -> tables.add(element);
                case "ul" -> lists.add(element);
                case "div" -> divs.add(element);
                default -> { }
            }
            if (FurnitureName.isFurniture(element)) {
                namedFurniture.add(element);
            }
            if (depth >= 2 && ClassWeight.named(element, ClassWeight.SHARE)) {
                shareBars.add(element);
            }
        }
    }

    /**
     * Removes the elements named as furniture that are small beside the article: less than
     * {@value #NAMED_FURNITURE_SHARE} of its text. A larger one is the article's own wrapper, named for
     * a state ("comments-enabled", "has-share-bar") or a slot it holds. Outer ones go first, taking
     * those inside with them; an outer one too large leaves those inside to be judged on their own.
     */
    private void removeNamedFurniture(Element article, List<Element> named) {
        if (!strictness.cleanConditionally() || named.isEmpty()) {
            return;
        }
        int limit = (int) (TextMeasures.length(article) * NAMED_FURNITURE_SHARE);
        for (Element element : named) {
            if (Ancestry.isInside(element, article) && TextMeasures.length(element, limit) < limit) {
                used.prunedConditionally = true;
                element.remove();
            }
        }
    }

    private void cleanConditionally(Element article, String tag, List<Element> elements) {
        if (!strictness.cleanConditionally()) {
            return;
        }
        Pass pass = new Pass();
        // Innermost first, as Readability does, so that an outer block is judged without what was pruned inside it.
        for (int i = elements.size() - 1; i >= 0; i--) {
            Element element = elements.get(i);
            if (Ancestry.isInside(element, article) && shouldRemove(element, tag, pass)) {
                used.prunedConditionally = true;
                element.remove();
                pass.removed(element);
            }
        }
    }

    /**
     * What one pass over the blocks of a tag has learnt, valid as long as the tree holds: the census of
     * each block judged (the blocks around it take that in rather than walk it again) and whether a
     * table is a data table (asked again for every block inside it). A removal forgets the tables, whose
     * content it may have changed; the censuses judged inside the removed block go with it.
     */
    private static final class Pass {
        private final Map<Element, BlockCensus> measured = new IdentityHashMap<>();
        private final Map<Element, Boolean> dataTables = new IdentityHashMap<>();

        BlockCensus census(Element block) {
            BlockCensus census = BlockCensus.of(block, measured);
            measured.put(block, census);
            return census;
        }

        boolean isDataTable(Element table) {
            return dataTables.computeIfAbsent(table, DataTable::isDataTable);
        }

        boolean insideDataTable(Element element) {
            for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
                if (parent.nameIs("table") && isDataTable(parent)) {
                    return true;
                }
            }
            return false;
        }

        void removed(Element block) {
            measured.remove(block);
            dataTables.clear();
        }
    }

    private boolean shouldRemove(Element element, String tag, Pass pass) {
        if (tag.equals("table") && pass.isDataTable(element)) {
            return false;
        }
        if (pass.insideDataTable(element) || Ancestry.hasAncestor(element, "code", 3)) {
            return false;
        }
        int weight = weight(element);
        if (weight < 0) {
            return true;
        }
        BlockCensus census = pass.census(element);
        if (census.commas >= PROSE_COMMAS || census.hasVideo) {
            return false;
        }
        boolean isList = tag.equals("ul") || tag.equals("ol") || census.listShare() > LIST_SHARE;
        int length = census.length;
        if (length <= PLACEHOLDER_MAX_LENGTH && PLACEHOLDER.matcher(element.text()).matches()) {
            return true;
        }
        int paragraphs = census.paragraphs;
        int images = census.images;
        double linkDensity = census.linkDensity();
        boolean inFigure = Ancestry.hasAncestor(element, "figure", 3);
        boolean remove = (!inFigure && images > 1 && (double) paragraphs / images < 0.5)
                || (!isList && census.listItems - 100 > paragraphs)
                || (census.inputs > paragraphs / 3)
                || (!isList && !inFigure && census.headingDensity() < 0.9 && length < 25 && (images == 0 || images > 2) && linkDensity > 0)
                || (!isList && weight < ClassWeight.WEIGHT && linkDensity > 0.2)
                || (weight >= ClassWeight.WEIGHT && linkDensity > 0.5)
                || (census.embeds == 1 && length < 75) || census.embeds > 1
                || (images == 0 && census.textDensity() == 0);
        if (isList && remove && isImageList(element, images)) {
            return false;
        }
        return remove;
    }

    /** A list whose items each hold one image: a gallery that belongs to the article. */
    private static boolean isImageList(Element list, int images) {
        for (Element child : list.children()) {
            if (child.childrenSize() > 1) {
                return false;
            }
        }
        return images == list.getElementsByTag("li").size();
    }

    private int weight(Element element) {
        return used.classWeight(strictness, element);
    }
}
