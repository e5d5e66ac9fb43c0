package com.maintflow.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The SQL one MyBatis statement of Camunda's sent, with its parameters filled in, so the benchmark can ask the
 * database for its plan ({@code EXPLAIN}). Reads MyBatis' own debug lines ({@code ==>  Preparing:} and
 * {@code ==> Parameters:}) of that statement's logger while {@code query} runs once.
 */
final class SqlCapture {

    private SqlCapture() {
    }

    static Optional<String> of(String statementLogger, Supplier<?> query) {
        var logger = (Logger) LoggerFactory.getLogger(statementLogger);
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        Level level = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.setAdditive(false);
        logger.addAppender(appender);
        try {
            query.get();
        } finally {
            logger.detachAppender(appender);
            logger.setAdditive(true);
            logger.setLevel(level);
        }
        String sql = null;
        String parameters = "";
        for (ILoggingEvent event : appender.list) {
            String message = event.getFormattedMessage().strip();
            if (message.startsWith("==>  Preparing:") || message.startsWith("==> Preparing:")) {
                sql = message.substring(message.indexOf(':') + 1).strip();
            } else if (message.startsWith("==> Parameters:") && sql != null) {
                parameters = message.substring(message.indexOf(':') + 1).strip();
                break;
            }
        }
        return sql == null ? Optional.empty() : Optional.of(fill(sql, parameters));
    }

    /** Replaces each {@code ?} with a literal from MyBatis' {@code value(Type), …} list. */
    private static String fill(String sql, String parameters) {
        var literals = parameters.isEmpty() ? new String[0] : parameters.split(", (?=[^,]*\\()|, (?=null)");
        var filled = new StringBuilder();
        int next = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?' && next < literals.length) {
                filled.append(literal(literals[next++].strip()));
            } else {
                filled.append(c);
            }
        }
        return filled.toString();
    }

    private static String literal(String typed) {
        if (typed.equals("null")) {
            return "NULL";
        }
        int open = typed.lastIndexOf('(');
        String value = typed.substring(0, open);
        String type = typed.substring(open + 1, typed.length() - 1);
        return switch (type) {
            case "Integer", "Long", "Short", "Boolean", "BigDecimal", "Double" -> value;
            default -> "'" + value.replace("'", "''") + "'";
        };
    }
}
