package com.maintflow.tasklist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL whose {@code ?} placeholders are numbered, so a rewrite can move, repeat or drop them and still bind each one
 * to the parameter it bound in Camunda's statement. A rewrite works on {@link #mark(String) marked} text (every
 * {@code ?} becomes a token holding its original position) and {@link #unmark(String) unmarks} the result.
 */
final class MarkedSql {

    private static final String MARK = "\u0000";
    /** One marked parameter, as it appears in marked text. */
    static final String PARAMETER = MARK + "\\d+" + MARK;
    private static final Pattern TOKEN = Pattern.compile(MARK + "(\\d+)" + MARK);

    /** Rewritten SQL and, per {@code ?} in it, the index of the original parameter it binds. */
    record Rewritten(String sql, List<Integer> parameters) {
    }

    private MarkedSql() {
    }

    /** Whitespace collapsed to single spaces, each {@code ?} replaced with a token numbered by its position. */
    static String mark(String sql) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char c : sql.replaceAll("\\s+", " ").strip().toCharArray()) {
            if (c == '?') {
                out.append(MARK).append(n++).append(MARK);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Placeholders back, with the original position each one binds. */
    static Rewritten unmark(String marked) {
        List<Integer> parameters = new ArrayList<>();
        Matcher token = TOKEN.matcher(marked.replaceAll(" {2,}", " "));
        StringBuilder out = new StringBuilder();
        while (token.find()) {
            parameters.add(Integer.parseInt(token.group(1)));
            token.appendReplacement(out, "?");
        }
        token.appendTail(out);
        return new Rewritten(out.toString(), List.copyOf(parameters));
    }

    static int occurrences(String haystack, String needle) {
        int count = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
