package com.maintflow.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** {@code /knowledge}: staff search the knowledge base and read an article with its history (read-only pages). */
@Controller
class KnowledgePageController {

    private static final int PAGE_HITS = 20;

    private final KnowledgeSearch search;
    private final KnowledgeBase knowledgeBase;

    KnowledgePageController(KnowledgeSearch search, KnowledgeBase knowledgeBase) {
        this.search = search;
        this.knowledgeBase = knowledgeBase;
    }

    @GetMapping("/knowledge")
    ModelAndView search(@RequestParam Optional<String> q) {
        String query = q.map(String::strip).map(text -> text.length() <= 500 ? text : text.substring(0, 500))
                .orElse("");
        var page = new ModelAndView("knowledge/search");
        page.addObject("q", query);
        page.addObject("hits", query.isEmpty() ? List.of() : search.search(query, PAGE_HITS));
        return page;
    }

    @GetMapping("/knowledge/{id}")
    ModelAndView article(@PathVariable long id) {
        var article = knowledgeBase.find(id);
        var page = new ModelAndView("knowledge/article");
        page.addObject("article", ArticleView.of(article, knowledgeBase.mergedInto(id)));
        page.addObject("history", knowledgeBase.history(id));
        return page;
    }

    /** Only a missing article reaches a page here (the pages change nothing, so nothing else is refused). */
    @ExceptionHandler(ArticleProblem.class)
    ModelAndView notFound(ArticleProblem e) {
        var page = new ModelAndView("knowledge/not-found", HttpStatus.valueOf(e.getStatusCode().value()));
        page.addObject("message", e.getMessage());
        return page;
    }
}
