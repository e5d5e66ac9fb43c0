package com.maintflow.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Attendees as text, one per line {@code name, email[, phone]}: how the Tasklist start form (a textarea, form-js has
 * no repeatable groups) and the process variables carry the lists.
 */
final class AttendeeLines {

    private AttendeeLines() {
    }

    static String format(List<TrainingCommand.Person> people) {
        if (people == null) {
            return "";
        }
        return String.join("\n", people.stream().map(p -> p.name().strip() + ", " + p.email().strip()
                + (p.phoneOrNull() == null ? "" : ", " + p.phoneOrNull())).toList());
    }

    static List<TrainingCommand.Person> parse(String text) {
        List<TrainingCommand.Person> people = new ArrayList<>();
        for (String raw : (text == null ? "" : text).split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s*[,，]\\s*", 3);
            people.add(new TrainingCommand.Person(parts[0], parts.length > 1 ? parts[1] : "",
                    parts.length > 2 ? parts[2] : null));
        }
        return people;
    }
}
