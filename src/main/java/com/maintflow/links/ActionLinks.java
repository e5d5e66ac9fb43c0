package com.maintflow.links;

import com.maintflow.notify.CustomerActionLinks;
import com.maintflow.notify.NotificationTemplate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The links a customer mail carries: for a template that asks the customer something, one freshly signed,
 * single-use link per choice, keyed by the choice ({@code approve}, {@code decline}, {@code confirm},
 * {@code accept}, {@code reject}, {@code rate}, {@code satisfied}, {@code unsatisfied},
 * {@code answer_survey}, {@code confirm_arrival}) in the order the page shows them.
 */
@Service
public class ActionLinks implements CustomerActionLinks {

    private final LinkTokens tokens;
    private final LinkSettings settings;

    ActionLinks(LinkTokens tokens, LinkSettings settings) {
        this.tokens = tokens;
        this.settings = settings;
    }

    /** Choice → absolute URL; empty for templates that ask nothing. All URLs share one token: one answer per mail. */
    public Map<String, String> linksFor(String ticket, NotificationTemplate template) {
        return links(ticket, template, LinkAction.Choice::key);
    }

    /** For mails: the same links keyed by the bilingual label the customer reads. */
    @Override
    public Map<String, String> actionsFor(String ticket, NotificationTemplate template) {
        return links(ticket, template, LinkAction.Choice::label);
    }

    private Map<String, String> links(String ticket, NotificationTemplate template,
                                      Function<LinkAction.Choice, String> keyOf) {
        Map<String, String> links = new LinkedHashMap<>();
        actionOf(template).ifPresent(action -> {
            String url = urlFor(ticket, action);
            action.choices().forEach(choice -> links.put(keyOf.apply(choice), url + "?choice=" + choice.key()));
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
            case COMPLAINT_REPLY -> Optional.of(LinkAction.COMPLAINT_REPLY);
            case SURVEY_INVITATION, SURVEY_REMINDER -> Optional.of(LinkAction.SURVEY);
            case EMERGENCY_DISPATCHED -> Optional.of(LinkAction.ARRIVAL);
            default -> Optional.empty();
        };
    }
}
