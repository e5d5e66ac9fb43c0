package com.maintflow.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One planned session as the plan form's textarea states it, one per line: {@code yyyy-MM-dd HH:mm-HH:mm room}
 * (form-js has no repeatable groups, so a parsed textarea is the pragmatic editor).
 */
record SessionPlan(LocalDate date, LocalTime start, LocalTime end, String room) {

    private static final Pattern LINE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2})\\s+(\\S.{0,99})");

    /** The default plan: one session per training day, 09:00-17:00 in the given room. */
    static List<SessionPlan> daily(LocalDate start, int days, String room) {
        List<SessionPlan> plan = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            plan.add(new SessionPlan(start.plusDays(i), LocalTime.of(9, 0), LocalTime.of(17, 0), room));
        }
        return plan;
    }

    static String format(List<SessionPlan> sessions) {
        return String.join("\n", sessions.stream().map(s -> s.date() + " " + s.start() + "-" + s.end() + " "
                + s.room()).toList());
    }

    /** Parses the textarea; throws {@link IllegalArgumentException} naming the first bad line. */
    static List<SessionPlan> parse(String text) {
        List<SessionPlan> sessions = new ArrayList<>();
        int number = 0;
        for (String raw : (text == null ? "" : text).split("\\R")) {
            number++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            var m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("课程安排第 " + number + " 行格式应为 yyyy-MM-dd HH:mm-HH:mm 教室 / "
                        + "Session line " + number + " must read yyyy-MM-dd HH:mm-HH:mm room: " + line);
            }
            try {
                var session = new SessionPlan(LocalDate.parse(m.group(1)), LocalTime.parse(m.group(2)),
                        LocalTime.parse(m.group(3)), m.group(4).strip());
                if (!session.end().isAfter(session.start())) {
                    throw new IllegalArgumentException("课程安排第 " + number + " 行结束时间须晚于开始 / Session line "
                            + number + " ends before it starts");
                }
                sessions.add(session);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("课程安排第 " + number + " 行日期或时间无效 / Session line " + number
                        + " has an invalid date or time: " + line);
            }
        }
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("至少需要一节课 / At least one session is needed");
        }
        if (sessions.size() > 60) {
            throw new IllegalArgumentException("最多 60 节课 / At most 60 sessions");
        }
        return sessions;
    }
}
