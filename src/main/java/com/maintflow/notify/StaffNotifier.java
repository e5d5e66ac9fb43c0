package com.maintflow.notify;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Service;

/** Sends a staff notice to every member of a Camunda group who has an e-mail address, one outbox row each. */
@Service
public class StaffNotifier {

    private final IdentityService identityService;
    private final NotificationPort notifications;

    StaffNotifier(IdentityService identityService, NotificationPort notifications) {
        this.identityService = identityService;
        this.notifications = notifications;
    }

    public void notifyGroup(String ticket, NotificationTemplate template, String groupId, Map<String, String> details) {
        for (String email : emailsOf(groupId)) {
            notifications.send(new Notification(ticket, template, email, details));
        }
    }

    /** Sends a staff notice to one user, if the user has an e-mail address. */
    public void notifyUser(String ticket, NotificationTemplate template, String userId, Map<String, String> details) {
        var query = identityService.createUserQuery().userId(userId);
        var commandContext = Context.getCommandContext();
        User user = commandContext == null ? query.singleResult() : commandContext.runWithoutAuthorization(
                query::singleResult);
        if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
            notifications.send(new Notification(ticket, template, user.getEmail(), details));
        }
    }

    private List<String> emailsOf(String groupId) {
        var query = identityService.createUserQuery().memberOfGroup(groupId);
        // Workaround: inside an engine command the acting customer or clerk may not be allowed to read users;
        // a notice to the group must not depend on who triggered it.
        var commandContext = Context.getCommandContext();
        List<User> members = commandContext == null ? query.list()
                : commandContext.runWithoutAuthorization(query::list);
        return members.stream().map(User::getEmail).filter(e -> e != null && !e.isBlank()).distinct().toList();
    }
}
