package dev.newsflow.sink.route;

import dev.newsflow.core.event.EnrichedArticle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The routes of the sink: an event goes to the topic of every rule it matches (each topic once),
 * or, when it matches none, to the default topic if there is one.
 *
 * @param routes       the rules, in the order of the routes file
 * @param defaultTopic where events that match no rule go; null drops them from routing (they are
 *                     still on {@code news.enriched.v1} and in the store)
 */
public record RoutingRules(List<RouteRule> routes, String defaultTopic) {

    public RoutingRules {
        routes = routes == null ? List.of() : List.copyOf(routes);
        if (defaultTopic != null && defaultTopic.isBlank()) {
            defaultTopic = null;
        }
    }

    /** The topics {@code article} goes to, in rule order, without repeats. */
    public List<String> topicsFor(EnrichedArticle article) {
        Set<String> topics = new LinkedHashSet<>();
        for (RouteRule rule : routes) {
            if (rule.matches(article)) {
                topics.add(rule.topic());
            }
        }
        if (topics.isEmpty() && defaultTopic != null) {
            topics.add(defaultTopic);
        }
        return List.copyOf(topics);
    }

    /** Every topic a route may write to, so they can be created before the router starts. */
    public Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        routes.forEach(rule -> topics.add(rule.topic()));
        if (defaultTopic != null) {
            topics.add(defaultTopic);
        }
        return topics;
    }
}
