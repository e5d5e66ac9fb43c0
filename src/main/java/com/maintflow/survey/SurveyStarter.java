package com.maintflow.survey;

import com.maintflow.intake.RequestArchived;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An archived request gets its satisfaction survey, started in the archiving transaction. */
@Component
class SurveyStarter {

    private final Surveys surveys;

    SurveyStarter(Surveys surveys) {
        this.surveys = surveys;
    }

    @EventListener
    void on(RequestArchived archived) {
        surveys.start(archived.ticket());
    }
}
