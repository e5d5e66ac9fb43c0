package com.maintflow.links;

import com.maintflow.links.LinkRejectedException.Reason;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The customer's link page, no login: GET only shows the question (mail scanners prefetch links, so opening one
 * must never answer), POST re-verifies the token and answers. Refusals get a bilingual page with their status.
 */
@Controller
@RequestMapping("/links/{token}")
class LinkController {

    private static final Logger log = LoggerFactory.getLogger(LinkController.class);

    private final LinkAnswers answers;
    private final LinkTokens tokens;
    private final LinkQuestionDetails details;

    LinkController(LinkAnswers answers, LinkTokens tokens, LinkQuestionDetails details) {
        this.answers = answers;
        this.tokens = tokens;
        this.details = details;
    }

    @GetMapping
    ModelAndView show(@PathVariable String token, @RequestParam(required = false) String choice) {
        try {
            LinkToken link = answers.open(token);
            var form = new LinkForm();
            form.setChoice(choice);
            return question(token, link, form, HttpStatus.OK);
        } catch (LinkRejectedException e) {
            return refused(e);
        }
    }

    @PostMapping
    ModelAndView answer(@PathVariable String token, @ModelAttribute("form") LinkForm form, BindingResult errors) {
        try {
            LinkToken link = answers.open(token);
            form.validate(link.action(), errors);
            if (errors.hasErrors()) {
                return question(token, link, form, HttpStatus.BAD_REQUEST);
            }
            answers.answer(token, form.toAnswer(link.action()));
            return done(link, form.toAnswer(link.action()).choice());
        } catch (LinkRejectedException e) {
            return refused(e);
        } catch (DataIntegrityViolationException e) {
            // Another request spent the same token between our check and our insert.
            return refused(Reason.ALREADY_USED);
        } catch (OptimisticLockingException | MismatchingMessageCorrelationException e) {
            // Staff recorded the answer in Tasklist at the same moment; the process no longer waits for ours.
            return refused(Reason.NOT_WAITING);
        }
    }

    private ModelAndView question(String token, LinkToken link, LinkForm form, HttpStatus status) {
        var view = new ModelAndView("links/question", status);
        // Post to the bare link: the mail's ?choice= only preselects, and would otherwise arrive a second time.
        view.addObject("postPath", "/links/" + token);
        view.addObject("link", link);
        view.addObject("title", answers.titleOf(link));
        view.addObject("details", details.of(link));
        view.addObject("form", form);
        return view;
    }

    private ModelAndView done(LinkToken link, LinkAction.Choice choice) {
        var view = new ModelAndView("links/done", HttpStatus.OK);
        view.addObject("link", link);
        view.addObject("choice", choice.key());
        if (choice == LinkAction.Choice.ACCEPT) {
            // Accepting moves the process on to the satisfaction question: offer it right away.
            view.addObject("ratingPath", "/links/" + tokens.issue(link.ticket(), LinkAction.OPINION));
        }
        return view;
    }

    /** The exception's message names the ticket where the token was genuine, and never contains the token. */
    private static ModelAndView refused(LinkRejectedException e) {
        log.info("Link refused ({}): {}", e.reason(), e.getMessage());
        return refused(e.reason());
    }

    private static ModelAndView refused(Reason reason) {
        var view = new ModelAndView("links/refused", reason.status());
        view.addObject("reason", reason.name());
        return view;
    }
}
