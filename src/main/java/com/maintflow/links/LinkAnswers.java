package com.maintflow.links;

import com.maintflow.answer.CustomerAnswers;
import com.maintflow.answer.NotAwaitingAnswerException;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.links.LinkRejectedException.Reason;
import com.maintflow.system.Actors;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a link token into the customer's answer: verifies the token, checks it is unused and the process waits
 * for that answer, then marks it used and answers through {@link CustomerAnswers}, all in one transaction, so a
 * refused or failed answer leaves neither a used-token row nor a record nor a moved process.
 */
@Service
@Transactional
public class LinkAnswers {

    private static final Logger log = LoggerFactory.getLogger(LinkAnswers.class);

    private final LinkTokens tokens;
    private final UsedLinkTokenRepository usedTokens;
    private final CustomerAnswers answers;
    private final MaintenanceRequests requests;
    private final Actors actors;
    private final List<LinkedQuestion> otherQuestions;

    LinkAnswers(LinkTokens tokens, UsedLinkTokenRepository usedTokens, CustomerAnswers answers,
                MaintenanceRequests requests, Actors actors, List<LinkedQuestion> otherQuestions) {
        this.tokens = tokens;
        this.usedTokens = usedTokens;
        this.answers = answers;
        this.requests = requests;
        this.actors = actors;
        this.otherQuestions = otherQuestions;
    }

    /** The link's claims when it may still answer; otherwise {@link LinkRejectedException} saying why not. */
    @Transactional(readOnly = true)
    public LinkToken open(String token) {
        LinkToken link = tokens.verify(token);
        if (usedTokens.existsById(link.id())) {
            throw new LinkRejectedException(Reason.ALREADY_USED, "Link for " + link.ticket() + " was already used");
        }
        if (!isWaiting(link)) {
            throw notWaiting(link);
        }
        return link;
    }

    private boolean isWaiting(LinkToken link) {
        // Another capability's question runs in its own process (a survey's key is SV-<ticket>): it knows best.
        return otherQuestion(link.action()).map(question -> question.isWaiting(link.ticket()))
                .orElseGet(() -> answers.isWaiting(link.ticket(), link.action().messageName()));
    }

    /** The request's title, shown so the customer knows which request they answer. */
    @Transactional(readOnly = true)
    public String titleOf(LinkToken link) {
        return otherQuestion(link.action()).map(question -> question.titleOf(link.ticket()))
                .orElseGet(() -> requests.byTicket(link.ticket()).getTitle());
    }

    /** The capability answering {@code action} when it is not a maintenance request's question. */
    Optional<LinkedQuestion> otherQuestion(LinkAction action) {
        return otherQuestions.stream().filter(question -> question.actions().contains(action)).findFirst();
    }

    /** Re-verifies the token and records the answer; the token is spent only if the answer is taken. */
    public LinkToken answer(String token, LinkAnswer answer) {
        LinkToken link = open(token);
        if (!link.action().choices().contains(answer.choice())) {
            throw new IllegalArgumentException("Choice " + answer.choice() + " does not answer " + link.action());
        }
        // Flushed now, so a concurrent second use of the same token fails on the key before anything else happens.
        usedTokens.saveAndFlush(new UsedLinkToken(link, answer.choice(), actors.now()));
        try {
            var other = otherQuestion(link.action());
            if (other.isPresent()) {
                other.get().answer(link.ticket(), link.action(), answer);
            } else {
                record(link, answer, requests.byTicket(link.ticket()).getContactName());
            }
        } catch (NotAwaitingAnswerException e) {
            throw notWaiting(link);
        }
        log.info("Request {}: customer answered {} with {} through a signed link", link.ticket(), link.action(),
                answer.choice());
        return link;
    }

    private void record(LinkToken link, LinkAnswer answer, String actor) {
        String ticket = link.ticket();
        switch (link.action()) {
            case QUOTE -> answers.answerQuote(ticket, answer.choice() == LinkAction.Choice.APPROVE, actor);
            case PLAN -> answers.answerPlan(ticket, answer.choice() == LinkAction.Choice.CONFIRM, actor);
            case ACCEPTANCE -> answers.answerAcceptance(ticket, answer.choice() == LinkAction.Choice.ACCEPT,
                    answer.note().orElse(null), actor);
            case OPINION -> answers.giveOpinion(ticket, answer.satisfaction().orElseThrow(),
                    answer.opinion().orElse(null), actor);
            default -> throw new IllegalStateException(link.action() + " is answered by its own capability");
        }
    }

    private static LinkRejectedException notWaiting(LinkToken link) {
        return new LinkRejectedException(Reason.NOT_WAITING, "Request " + link.ticket() + " is not waiting for "
                + link.action().messageName());
    }
}
