package com.maintflow.knowledge;

import com.maintflow.intake.MaintenanceRequest;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.tasklist.FormText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The solved faults most similar to a request (its title and description, same system first), for the review and
 * implementation forms and the ticket page. Its own earlier article is never suggested to itself.
 */
@Service
public class SimilarFaults {

    private static final Logger log = LoggerFactory.getLogger(SimilarFaults.class);

    /** Camunda keeps string variables up to 4000 characters. */
    static final int LIMIT = 4000;
    private static final int FIELD_CHARS = 200;
    /** Ticket numbers MaintFlow makes (MR-2026-000001): only those become links in a form. */
    private static final Pattern TICKET = Pattern.compile("[A-Z]{2}-\\d{4}-\\d{6}");

    private final KnowledgeSearch search;
    private final KnowledgeSettings settings;
    private final MaintenanceRequests requests;

    SimilarFaults(KnowledgeSearch search, KnowledgeSettings settings, MaintenanceRequests requests) {
        this.search = search;
        this.settings = settings;
        this.requests = requests;
    }

    /**
     * Best first, at most {@code maintflow.knowledge.suggestions}. Suggestions are a help, not a step: with the index
     * unreachable (an Elasticsearch cluster down) the task is still created and the page still shows, without them.
     */
    public List<KnowledgeSearch.Hit> of(String ticket) {
        try {
            return of(requests.byTicket(ticket));
        } catch (SearchException e) {
            log.warn("Request {}: no similar solved faults, the knowledge index failed: {}", ticket, e.getMessage());
            return List.of();
        }
    }

    private List<KnowledgeSearch.Hit> of(MaintenanceRequest request) {
        String text = request.getTitle() + "\n" + (request.getDescription() == null ? "" : request.getDescription());
        return search.similarTo(text, request.getSystem(), settings.suggestions() + 1).stream()
                .filter(hit -> !request.getTicket().equals(hit.ticket()))
                .limit(settings.suggestions()).toList();
    }

    /**
     * As Markdown for a form-js text component: article text is staff- and customer-written, so it is made literal
     * ({@link FormText}); the links are built here from the article id and a MaintFlow ticket number only.
     */
    public String markdown(String ticket) {
        List<KnowledgeSearch.Hit> hits = of(ticket);
        if (hits.isEmpty()) {
            return "暂无相似的已解决故障 / No similar solved faults yet";
        }
        List<String> lines = new ArrayList<>();
        for (var hit : hits) {
            String link = TICKET.matcher(hit.ticket()).matches()
                    ? "[" + hit.ticket() + "](/tickets/" + hit.ticket() + ")" : FormText.literal(hit.ticket());
            lines.add("• **[" + FormText.literal(FormText.clip(hit.title(), FIELD_CHARS)) + "](/knowledge/" + hit.id()
                    + ")** · " + link
                    + "\n原因 / Cause: " + FormText.literal(FormText.clip(oneLine(hit.rootCause()), FIELD_CHARS))
                    + "\n方案 / Solution: " + FormText.literal(FormText.clip(oneLine(hit.solution()), FIELD_CHARS)));
        }
        String text = String.join("\n\n", lines);
        return text.length() <= LIMIT ? text : text.substring(0, text.lastIndexOf("\n\n", LIMIT - 2)) + "\n\n…";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
