package com.maintflow.bench;

import com.maintflow.tasklist.TaskQueryRewritePlugin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;

/**
 * Each Tasklist filter MaintFlow ships, run as Tasklist runs it ({@code POST /engine-rest/filter/{id}/list} and
 * {@code …/count} call {@link FilterService#listPage} and {@link FilterService#count}), by a user who may read it:
 * {@code cs1} for the desk's filters, {@code sup1} for those only supervisors read. Per filter: page and count
 * latency, and Camunda's own SQL (the rewrite switched off) for the same page and count, which must be equal.
 */
final class FilterQueries {

    private static final List<String> USERS = List.of("cs1", "sup1");
    private static final int PAGE = 50;
    /** Per filter and kind of call; a slow level gets fewer samples (at least 3) so a run stays within minutes. */
    private static final long BUDGET_NANOS = 15_000_000_000L;
    /** Camunda's SQL at 100,000 tasks may take the statement time limit: one sample once it is slower. */
    private static final double CAMUNDA_SLOW_MILLIS = 2_000;

    private final FilterService filters;
    private final IdentityService identity;
    private final TaskQueryRewritePlugin rewrite;
    private final int queries;

    FilterQueries(FilterService filters, IdentityService identity, TaskQueryRewritePlugin rewrite, int queries) {
        this.filters = filters;
        this.identity = identity;
        this.rewrite = rewrite;
        this.queries = queries;
    }

    /** Filter name → its measurements, in the order Tasklist lists them. */
    Map<String, Object> measure(String label, String phase) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (String user : USERS) {
            as(user, () -> {
                for (Filter filter : filters.createFilterQuery().orderByFilterId().asc().list()) {
                    if (!result.containsKey(filter.getName())) {
                        Progress.say(label + " filter " + filter.getName() + " as " + user + " (" + phase + ")");
                        result.put(filter.getName(), measureFilter(user, filter.getId()));
                    }
                }
                return null;
            });
        }
        return result;
    }

    private Map<String, Object> measureFilter(String user, String filterId) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("user", user);
        try {
            var pages = sample(() -> filters.listPage(filterId, 0, PAGE));
            var counts = sample(() -> filters.count(filterId));
            result.put("count", filters.count(filterId));
            result.put("pageP50Millis", pages.medianMillis());
            result.put("pageP95Millis", pages.percentileMillis(0.95));
            result.put("countP50Millis", counts.medianMillis());
            result.put("countP95Millis", counts.percentileMillis(0.95));
            result.putAll(camundasOwn(filterId));
        } catch (RuntimeException e) {
            result.put("error", String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        }
        return result;
    }

    /** Camunda's own SQL for the same filter: latency of page and count, and whether both answers are the same. */
    private Map<String, Object> camundasOwn(String filterId) {
        Map<String, Object> result = new LinkedHashMap<>();
        List<Task> ours = filters.listPage(filterId, 0, PAGE);
        Long ourCount = filters.count(filterId);
        rewrite.setEnabled(false);
        try {
            var pageTime = new Latencies();
            var countTime = new Latencies();
            for (int i = 0; i < 3 && pageTime.medianMillis() < CAMUNDA_SLOW_MILLIS; i++) {
                long start = System.nanoTime();
                List<Task> theirs = filters.listPage(filterId, 0, PAGE);
                pageTime.add(System.nanoTime() - start);
                result.put("samePageAsCamunda", SamePage.of(theirs, ours));
            }
            result.put("camundaPageP50Millis", pageTime.medianMillis());
            for (int i = 0; i < 3 && countTime.medianMillis() < CAMUNDA_SLOW_MILLIS; i++) {
                long start = System.nanoTime();
                Long theirs = filters.count(filterId);
                countTime.add(System.nanoTime() - start);
                result.put("sameCountAsCamunda", theirs.equals(ourCount));
            }
            result.put("camundaCountP50Millis", countTime.medianMillis());
        } catch (RuntimeException e) {
            result.put("camundaSqlError", "aborted (statement time limit)");
        } finally {
            rewrite.setEnabled(true);
        }
        return result;
    }

    private Latencies sample(Supplier<?> call) {
        return Latencies.sample(queries, BUDGET_NANOS, call::get);
    }

    private <T> T as(String user, Supplier<T> action) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
