package dev.newsflow.enrich.extract.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

class NestingLimitTest {

    @Test
    void shouldLeaveTheTreeThatUnwrappingEachTooDeepElementInTurnLeaves() {
        // Text, whitespace and kept elements beside each wrapper, wrappers again inside the kept ones,
        // then other elements nested past the limit for any element: every kind of node that moves.
        StringBuilder html = new StringBuilder("<html><body>");
        int wrappers = NestingLimit.MAX_DEPTH + 60;
        int others = NestingLimit.MAX_DEPTH_OF_ANY - NestingLimit.MAX_DEPTH + 40;
        for (int level = 0; level < wrappers; level++) {
            html.append(level % 7 == 0 ? "<span class=s" + level + ">" : "<div id=d" + level + ">").append("\n  t").append(level);
            if (level % 11 == 0) {
                html.append("<h3>heading ").append(level).append("<b><i>inside</i></b></h3>");
            }
            if (level % 13 == 0) {
                html.append("<figure><div><div><img src=/i").append(level).append(".jpg></div></div></figure>");
            }
        }
        for (int level = 0; level < others; level++) {
            html.append(level % 2 == 0 ? "<x-box>" : "<pre>").append("o").append(level).append("<img src=/o").append(level).append(".jpg>");
        }
        html.append("<p>deepest</p>");
        for (int level = others - 1; level >= 0; level--) {
            html.append(level % 2 == 0 ? "</x-box>" : "</pre>").append("after o").append(level);
        }
        for (int level = wrappers - 1; level >= 0; level--) {
            html.append(level % 7 == 0 ? "</span>" : "</div>").append("after").append(level).append('\n');
        }
        html.append("</body></html>");

        Document flattened = PagePreparation.prepared(Jsoup.parse(html.toString()));

        assertThat(flattened.outerHtml()).isEqualTo(unwrappedOneByOne(Jsoup.parse(html.toString())).outerHtml());
        assertThat(flattened.select("img").size()).isEqualTo(Jsoup.parse(html.toString()).select("img").size());
        assertThat(maxDepth(flattened)).isLessThanOrEqualTo(NestingLimit.MAX_DEPTH_OF_ANY + 1);
    }

    @Test
    void shouldFlattenAnIndentedPageNestedTwoHundredThousandDeepWithinABoundedWait() {
        // An indented page leaves whitespace beside every wrapper, which unwrapping one wrapper at a
        // time piled up in the element kept above them, renumbering its children on each unwrap:
        // 100,000 levels took over 20 s, 200,000 over 80 s. Moving each node once takes well
        // under a second here; the bound only stops a run that has gone quadratic again.
        int depth = 200_000;
        String html = "<html><body>" + "<div>\n  ".repeat(depth) + "<p>deepest</p>" + "\n</div>".repeat(depth) + "</body></html>";
        Document page = Jsoup.parse(html);

        Document flattened = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> PagePreparation.prepared(page),
                "flattening 200,000 levels of indented divs");

        assertThat(flattened.select("p").text()).isEqualTo("deepest");
        // The divs kept are those at depths 3 (below html and body) to the limit; sizes only, as
        // printing a page like this in a failure message would itself take minutes.
        assertThat(flattened.select("div").size()).isEqualTo(NestingLimit.MAX_DEPTH - 2);
        assertThat(maxDepth(flattened)).isLessThanOrEqualTo(NestingLimit.MAX_DEPTH + 2);
    }

    @Test
    void shouldFlattenAnyElementNestedAHundredThousandDeepWithinABoundedWait() {
        // Elements that are no wrappers (here pre, which the scorer also measures the text of) were
        // never flattened: each level then read the text of all the levels inside it, for hours.
        int depth = 100_000;
        String html = "<html><body>" + "<pre>a ".repeat(depth) + "</pre>".repeat(depth) + "</body></html>";
        Document page = Jsoup.parse(html);

        Document flattened = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> PagePreparation.prepared(page),
                "flattening 100,000 levels of pre");

        assertThat(flattened.select("pre").size()).isEqualTo(NestingLimit.MAX_DEPTH_OF_ANY - 2);
        assertThat(flattened.body().text()).hasSize("a ".length() * depth - 1);
        assertThat(maxDepth(flattened)).isLessThanOrEqualTo(NestingLimit.MAX_DEPTH_OF_ANY + 1);
    }

    /**
     * The definition of the flattening, written the slow and plain way: each element that is too
     * deep, counting only the ancestors that stay, unwrapped in turn, outermost first.
     */
    private static Document unwrappedOneByOne(Document page) {
        Set<Element> tooDeep = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> inOrder = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof Element element)) {
                return;
            }
            int flattenedAbove = 0;
            for (Element ancestor = element.parent(); ancestor != null; ancestor = ancestor.parent()) {
                flattenedAbove += tooDeep.contains(ancestor) ? 1 : 0;
            }
            if (NestingLimit.isTooDeep(element, depth - flattenedAbove)) {
                tooDeep.add(element);
                inOrder.add(element);
            }
        }, page);
        inOrder.forEach(Element::unwrap);
        return page;
    }

    private static int maxDepth(Document page) {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), page);
        return deepest[0];
    }
}
