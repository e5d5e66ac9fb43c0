package com.maintflow.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;

/**
 * Whether the rewrite returned the page Camunda's SQL returned. Both sort by due date and priority only, so tasks
 * with equal keys may come in either order, and where ties straddle the end of the page either SQL may take a
 * different few of them (the index walk takes the newest first, Camunda's plan whichever it meets first). The same
 * page is therefore: the same sort keys in the same order, and, for every key but the page's last, the same tasks.
 */
final class SamePage {

    private SamePage() {
    }

    static boolean of(List<Task> theirs, List<Task> ours) {
        List<String> keys = keys(theirs);
        if (!keys.equals(keys(ours))) {
            return false;
        }
        if (keys.isEmpty()) {
            return true;
        }
        String boundary = keys.get(keys.size() - 1);
        return idsByKey(theirs, boundary).equals(idsByKey(ours, boundary));
    }

    private static List<String> keys(List<Task> page) {
        return page.stream().map(task -> task.getDueDate() + "/" + task.getPriority()).toList();
    }

    private static Map<String, Set<String>> idsByKey(List<Task> page, String except) {
        return page.stream().filter(task -> !key(task).equals(except))
                .collect(Collectors.groupingBy(SamePage::key, Collectors.mapping(Task::getId, Collectors.toSet())));
    }

    private static String key(Task task) {
        return task.getDueDate() + "/" + task.getPriority();
    }
}
