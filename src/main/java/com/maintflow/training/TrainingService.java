package com.maintflow.training;

import com.maintflow.system.Actors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Orders a training: checks contract and dates, then starts {@code training.bpmn}, whose first step registers it. */
@Service
public class TrainingService {

    public static final String PROCESS_KEY = "training";

    private final RuntimeService runtimeService;
    private final Trainings trainings;
    private final Actors actors;

    TrainingService(RuntimeService runtimeService, Trainings trainings, Actors actors) {
        this.runtimeService = runtimeService;
        this.trainings = trainings;
        this.actors = actors;
    }

    /** What the caller gets back: the number, the process instance, and warnings about an unusual plan. */
    public record Ordered(String trainingNumber, String processInstanceId, List<String> warnings) {
    }

    @Transactional
    public Ordered order(TrainingCommand command) {
        trainings.check(command, actors.now());
        var instance = runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .setVariables(variablesOf(command))
                .executeWithVariablesInReturn();
        String number = instance.getVariables().getValue(RegisterTrainingDelegate.NUMBER, String.class);
        return new Ordered(number, instance.getId(), command.warnings());
    }

    @Transactional
    public TrainingView changeAttendees(String number, TrainingCommand command) {
        trainings.changeAttendees(number, command, actors.now(), actors.current());
        return TrainingView.of(trainings.byNumber(number));
    }

    /** Attendee lists as the start form's textareas: one attendee per line, "name, email, phone". */
    private static Map<String, Object> variablesOf(TrainingCommand command) {
        Map<String, Object> values = new HashMap<>();
        values.put("contractNumber", command.contractNumber());
        values.put("site", command.site());
        values.put("startDate", command.startDate().toString());
        values.put("days", command.days().longValue());
        values.put("content", command.content());
        values.put("administrators", AttendeeLines.format(command.administrators()));
        values.put("operators", AttendeeLines.format(command.operators()));
        return values;
    }
}
