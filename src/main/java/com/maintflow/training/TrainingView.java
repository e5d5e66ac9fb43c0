package com.maintflow.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** What {@code GET /api/trainings/{number}} shows and the archive seals: plan, registrations, sheets, evaluation. */
public record TrainingView(String trainingNumber, String status, String contractNumber, String customerName,
                           String site, LocalDate startDate, int days, String content, List<String> instructors,
                           String logistics, Instant materialsReadyAt, String materialsReadyBy,
                           List<AttendeeLine> attendees, List<Sheet> sessions, Evaluation evaluation,
                           String processInstanceId) {

    public record AttendeeLine(int number, String role, String name, String email, String phone, Instant notifiedAt,
                               Instant registeredAt) {
    }

    public record Sheet(int number, LocalDate date, String start, String end, String room, boolean confirmed,
                        String confirmedBy, Instant confirmedAt, List<Integer> attended) {
    }

    public record Evaluation(int answers, Double content, Double instructor, Double organisation,
                             List<String> comments) {
    }

    static TrainingView of(Training t) {
        var evaluations = t.getEvaluations();
        var evaluation = new Evaluation(evaluations.size(), average(evaluations, TrainingEvaluation::getContentScore),
                average(evaluations, TrainingEvaluation::getInstructorScore),
                average(evaluations, TrainingEvaluation::getOrganisationScore),
                evaluations.stream().map(TrainingEvaluation::getComments).filter(c -> c != null).toList());
        return new TrainingView(t.getTrainingNumber(), t.getStatus().name(), t.getContractNumber(),
                t.getCustomerName(), t.getSite(), t.getStartDate(), t.getDays(), t.getContent(), t.getInstructors(),
                t.getLogistics(), t.getMaterialsReadyAt(), t.getMaterialsReadyBy(),
                t.getAttendees().stream().map(a -> new AttendeeLine(a.getSeq(), a.getRole().name(), a.getName(),
                        a.getEmail(), a.getPhone(), a.getNotifiedAt(), a.getRegisteredAt())).toList(),
                t.getSessions().stream().map(s -> new Sheet(s.getSeq(), s.getSessionDate(), s.getStartTime(),
                        s.getEndTime(), s.getRoom(), s.isConfirmed(), s.getConfirmedBy(), s.getConfirmedAt(),
                        s.getAttended())).toList(),
                evaluation, t.getProcessInstanceId());
    }

    private static Double average(List<TrainingEvaluation> evaluations, ToIntFunction<TrainingEvaluation> score) {
        return evaluations.isEmpty() ? null
                : Math.round(evaluations.stream().mapToInt(score).average().orElse(0) * 100) / 100.0;
    }

    /** The record as archive facts (plain maps and lists, canonical JSON). */
    Map<String, Object> asFacts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("type", "training");
        facts.put("trainingNumber", trainingNumber);
        facts.put("contractNumber", contractNumber);
        facts.put("customerName", customerName);
        facts.put("site", site);
        facts.put("startDate", startDate.toString());
        facts.put("days", days);
        facts.put("content", content);
        facts.put("instructors", instructors);
        facts.put("logistics", logistics == null ? "" : logistics);
        facts.put("materialsReadyAt", materialsReadyAt == null ? "" : materialsReadyAt.toString());
        facts.put("attendees", attendees.stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", a.number());
            m.put("role", a.role());
            m.put("name", a.name());
            m.put("email", a.email());
            m.put("notifiedAt", a.notifiedAt() == null ? "" : a.notifiedAt().toString());
            m.put("registeredAt", a.registeredAt() == null ? "" : a.registeredAt().toString());
            return m;
        }).toList());
        facts.put("signInSheets", sessions.stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("session", s.number());
            m.put("when", s.date() + " " + s.start() + "-" + s.end());
            m.put("room", s.room());
            m.put("confirmedBy", s.confirmedBy() == null ? "" : s.confirmedBy());
            m.put("confirmedAt", s.confirmedAt() == null ? "" : s.confirmedAt().toString());
            m.put("attended", s.attended());
            return m;
        }).toList());
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("answers", evaluation.answers());
        e.put("content", evaluation.content() == null ? "" : evaluation.content().toString());
        e.put("instructor", evaluation.instructor() == null ? "" : evaluation.instructor().toString());
        e.put("organisation", evaluation.organisation() == null ? "" : evaluation.organisation().toString());
        e.put("comments", evaluation.comments());
        facts.put("evaluation", e);
        return facts;
    }
}
