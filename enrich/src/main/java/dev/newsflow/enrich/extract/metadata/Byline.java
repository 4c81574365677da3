package dev.newsflow.enrich.extract.metadata;

import java.util.List;

/**
 * What one author field or visible byline names, read by {@link AuthorNames}: every name in order,
 * the persons among them, and the credits (news agencies such as dpa or 新华社, and the source a
 * Chinese byline gives after 来源). The others are organisations: the site itself, a desk of it
 * ("BR24 Redaktion", "Guardian staff"), a JSON-LD {@code Organization}.
 *
 * @param names   every name, persons, organisations and agencies, in byline order
 * @param persons the names of people
 * @param credits agencies and sources, in byline order
 */
public record Byline(List<String> names, List<String> persons, List<String> credits) {

    public static final Byline NONE = new Byline(List.of(), List.of(), List.of());

    public Byline {
        names = List.copyOf(names);
        persons = List.copyOf(persons);
        credits = List.copyOf(credits);
    }

    public boolean namesAPerson() {
        return !persons.isEmpty();
    }

    /**
     * The authors this byline gives: every name it holds, in its order. Persons decide which source
     * is trusted; the agency or desk a byline names beside them ("Anna Schmidt, dpa") is part of how
     * the page credits the article, and stays, as it stays in {@link #credits}.
     */
    public List<String> authors() {
        return names;
    }
}
