package com.maintflow.survey;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code maintflow.survey}: the invitation goes {@code delayWorkingDays} working days after archiving,
 * the one reminder {@code reminderWorkingDays} working days after the invitation (both at the start of that working
 * day on {@code calendar}); an invitation unanswered for {@code answerWindow} ends quietly. Overall scores up to
 * {@code lowScore} open a follow-up for customer service.
 */
@ConfigurationProperties("maintflow.survey")
public record SurveySettings(
        @DefaultValue("3") int delayWorkingDays,
        @DefaultValue("5") int reminderWorkingDays,
        @DefaultValue("P14D") Period answerWindow,
        @DefaultValue("5x8") String calendar,
        @DefaultValue("2") int lowScore) {

    public SurveySettings {
        if (delayWorkingDays < 1 || reminderWorkingDays < 1) {
            throw new IllegalStateException("maintflow.survey delay-working-days and reminder-working-days must be "
                    + "at least 1");
        }
    }
}
