package com.maintflow.training;

import com.maintflow.system.Actors;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegisterTraining}: turns the order (API or Tasklist start form) into a training record, makes its number
 * the business key, and sets the materials timers: reminder 3 working days (5x8) before the start, escalation one
 * working day before. Attendee details stay in the register, not in Camunda's variables.
 */
@Component
class RegisterTrainingDelegate implements JavaDelegate {

    static final String NUMBER = "trainingNumber";

    private final Trainings trainings;
    private final Validator validator;
    private final Actors actors;

    RegisterTrainingDelegate(Trainings trainings, Validator validator, Actors actors) {
        this.trainings = trainings;
        this.validator = validator;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var command = commandFrom(execution);
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("Invalid training: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        Object initiator = execution.getVariable("initiator");
        var training = trainings.register(command, actors.now(), execution.getProcessInstanceId(),
                initiator != null ? initiator.toString() : actors.current());
        String number = training.getTrainingNumber();
        execution.setProcessBusinessKey(number);
        execution.removeVariable("administrators");
        execution.removeVariable("operators");
        execution.setVariable(NUMBER, number);
        execution.setVariable("customerName", training.getCustomerName());
        execution.setVariable("materialsReminderAt", Date.from(trainings.workingDaysBefore(training.getStartDate(),
                Trainings.MATERIALS_WORKING_DAYS_BEFORE)));
        execution.setVariable("materialsEscalationAt", Date.from(trainings.workingDaysBefore(
                training.getStartDate(), 1)));
    }

    private static TrainingCommand commandFrom(DelegateExecution execution) {
        return new TrainingCommand(text(execution, "contractNumber"), text(execution, "site"),
                date(text(execution, "startDate")), days(execution.getVariable("days")), text(execution, "content"),
                AttendeeLines.parse(text(execution, "administrators")),
                AttendeeLines.parse(text(execution, "operators")));
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("startDate must be yyyy-MM-dd: " + value);
        }
    }

    private static Integer days(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value == null ? null : Integer.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("days must be a whole number: " + value);
        }
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}
