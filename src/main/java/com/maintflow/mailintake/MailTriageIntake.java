package com.maintflow.mailintake;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Hands a mail from an unknown sender to customer service as a {@code Task_TriageUnknownMail}. */
@Component
class MailTriageIntake {

    static final String PROCESS_KEY = "MailTriageProcess";
    // Process variables stay small; the triage form only needs enough to recognise the sender.
    private static final int MAX_BODY = 4000;

    private final RuntimeService runtimeService;

    MailTriageIntake(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    String startTriage(IncomingMail mail) {
        String body = mail.text().length() <= MAX_BODY ? mail.text() : mail.text().substring(0, MAX_BODY) + " …";
        return runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of("mailSender", mail.sender(),
                "mailSubject", mail.subject(), "mailBody", body,
                "attachmentCount", (long) mail.attachments().size())).getId();
    }
}
