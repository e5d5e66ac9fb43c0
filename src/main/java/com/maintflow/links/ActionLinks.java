package com.maintflow.links;

import com.maintflow.notify.NotificationTemplate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The links a customer mail carries: for a template that asks the customer something, one freshly signed,
 * single-use link per choice, keyed by the choice ({@code approve}, {@code decline}, {@code confirm},
 * {@code accept}, {@code reject}, {@code rate}) in the order the page shows them.
 */
@Service
public class ActionLinks {

    private final LinkTokens tokens;
    private final LinkSettings settings;

    ActionLinks(LinkTokens tokens, LinkSettings settings) {
        this.tokens = tokens;
        this.settings = settings;
    }

    /** Choice → absolute URL; empty for templates that ask nothing. All URLs share one token: one answer per mail. */
    public Map<String, String> linksFor(String ticket, NotificationTemplate template) {
        Map<String, String> links = new LinkedHashMap<>();
        actionOf(template).ifPresent(action -> {
            String url = urlFor(ticket, action);
            action.choices().forEach(choice -> links.put(choice.key(), url + "?choice=" + choice.key()));
        });
        return links;
    }

    /** An absolute URL of a new link answering {@code action} for {@code ticket}. */
    public String urlFor(String ticket, LinkAction action) {
        return settings.baseUrl() + "/links/" + tokens.issue(ticket, action);
    }

    private static Optional<LinkAction> actionOf(NotificationTemplate template) {
        return switch (template) {
            case QUOTE -> Optional.of(LinkAction.QUOTE);
            case PLAN_FOR_CONFIRMATION -> Optional.of(LinkAction.PLAN);
            case READY_FOR_ACCEPTANCE -> Optional.of(LinkAction.ACCEPTANCE);
            default -> Optional.empty();
        };
    }
}
