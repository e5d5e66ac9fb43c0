package com.maintflow.knowledge;

import com.maintflow.customer.ChangeHistory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.*;

/**
 * {@code /api/knowledge}: search for staff, and the article commands for engineers and customer service (who may
 * call what: system/SecurityConfig). Reindexing is for administrators.
 */
@RestController
@RequestMapping(path = "/api/knowledge", produces = MediaType.APPLICATION_JSON_VALUE)
class KnowledgeApiController {

    /** The search answer: best first. */
    record SearchResult(List<KnowledgeSearch.Hit> items) {
    }

    record MergeCommand(@NotNull Long into) {
    }

    private final KnowledgeSearch search;
    private final KnowledgeBase knowledgeBase;
    private final KnowledgeIndex index;

    KnowledgeApiController(KnowledgeSearch search, KnowledgeBase knowledgeBase, KnowledgeIndex index) {
        this.search = search;
        this.knowledgeBase = knowledgeBase;
        this.index = index;
    }

    @GetMapping
    SearchResult search(@RequestParam @NotBlank @Size(max = 500) String q,
                        @RequestParam(defaultValue = "10") @Min(1) @Max(KnowledgeSearch.MAX_LIMIT) int limit) {
        return new SearchResult(search.search(q.strip(), limit));
    }

    @GetMapping("/articles/{id}")
    ArticleView article(@PathVariable long id) {
        return view(knowledgeBase.find(id));
    }

    @PutMapping(path = "/articles/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ArticleView edit(@PathVariable long id, @Valid @RequestBody ArticleContent content) {
        return view(knowledgeBase.edit(id, content));
    }

    @PostMapping("/articles/{id}/unpublish")
    ArticleView unpublish(@PathVariable long id) {
        return view(knowledgeBase.unpublish(id));
    }

    @PostMapping("/articles/{id}/publish")
    ArticleView publish(@PathVariable long id) {
        return view(knowledgeBase.publish(id));
    }

    /** Folds article {@code id} into {@code into}; answers the target. */
    @PostMapping(path = "/articles/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    ArticleView merge(@PathVariable long id, @Valid @RequestBody MergeCommand command) {
        return view(knowledgeBase.merge(id, command.into()));
    }

    @GetMapping("/articles/{id}/history")
    List<ChangeHistory.Entry> history(@PathVariable long id) {
        return knowledgeBase.history(id);
    }

    /** Rebuilds the index from the database (after restoring a backup, losing the index, changing analyzers). */
    @PostMapping("/reindex")
    KnowledgeIndex.Reindexed reindex() {
        return index.rebuild();
    }

    private ArticleView view(Article article) {
        return ArticleView.of(article, knowledgeBase.mergedInto(article.getId()));
    }
}
