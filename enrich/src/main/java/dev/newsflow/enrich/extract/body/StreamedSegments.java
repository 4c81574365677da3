package dev.newsflow.enrich.extract.body;

import dev.newsflow.enrich.extract.html.ParsedAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Parts of a page that React's streaming server rendering (Next.js and others) sent late: each in a
 * hidden {@code <div hidden id="S:7">} near the end of the body, with a script that moves its content
 * to where an empty {@code <template id="B:7">} (a suspense boundary) or {@code <template id="P:7">}
 * (a placeholder) stands, as soon as the browser reads it. A reader sees the content there, often the
 * whole article; left hidden, it would be removed with what no reader sees.
 *
 * <p>Nothing here runs the script: the segment and its place share the number after the colon,
 * which is how the script finds them. A segment without its place stays hidden.
 */
final class StreamedSegments {

    private StreamedSegments() {}

    /** A hidden segment waiting to be moved into place. */
    static boolean isSegment(Element element) {
        return element.nameIs("div") && ParsedAttributes.has(element, "hidden") && number(element, 'S') != null;
    }

    /** The template that marks where a segment goes. */
    static boolean isPlace(Element element) {
        return element.nameIs("template") && (number(element, 'B') != null || number(element, 'P') != null);
    }

    /**
     * Moves each segment's content to just before its place, as the page's script would, and removes
     * the emptied segment. The places stay, to go with the rest of the furniture.
     *
     * @return the segments that found no place: still hidden, so furniture
     */
    static List<Element> moveIntoPlace(List<Element> segments, List<Element> places) {
        Map<String, Element> placesByNumber = new HashMap<>();
        for (Element place : places) {
            String number = number(place, 'B');
            placesByNumber.putIfAbsent(number != null ? number : number(place, 'P'), place);
        }
        List<Element> unplaced = new ArrayList<>();
        for (Element segment : segments) {
            Element place = placesByNumber.get(number(segment, 'S'));
            if (place == null || place.parent() == null) {
                unplaced.add(segment);
                continue;
            }
            for (Node child : List.copyOf(segment.childNodes())) {
                place.before(child);
            }
            segment.remove();
        }
        return unplaced;
    }

    /** The hexadecimal number of an id like {@code S:1a}, for the given letter; else null. */
    private static String number(Element element, char letter) {
        String id = ParsedAttributes.id(element);
        if (id.length() < 3 || id.charAt(0) != letter || id.charAt(1) != ':') {
            return null;
        }
        for (int i = 2; i < id.length(); i++) {
            if (Character.digit(id.charAt(i), 16) < 0) {
                return null;
            }
        }
        return id.substring(2);
    }
}
