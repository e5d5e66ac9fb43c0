package com.maintflow.notify;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a notification from {@code classpath:mail/<template>.html} with the details capabilities contribute and
 * the customer's action links. Its own engine, not Boot's Thymeleaf starter, so no MVC view resolver appears.
 */
@Component
class NotificationRenderer {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final List<NotificationDetails> details;
    private final ObjectProvider<CustomerActionLinks> actionLinks;

    NotificationRenderer(List<NotificationDetails> details, ObjectProvider<CustomerActionLinks> actionLinks) {
        this.details = details;
        this.actionLinks = actionLinks;
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
    }

    RenderedMail render(Notification notification) {
        String ticket = notification.ticket();
        NotificationTemplate template = notification.template();
        Map<String, Object> model = new HashMap<>();
        details.forEach(contributor -> model.putAll(contributor.detailsFor(ticket, template)));
        model.putAll(notification.details());
        model.put("ticket", ticket);
        model.put("recipient", notification.recipient());
        model.put("actions", actionsFor(ticket, template));
        String subject = template.subjectFor(ticket);
        model.put("subject", subject);
        return new RenderedMail(subject, engine.process(template.templateName(), new Context(Locale.SIMPLIFIED_CHINESE, model)));
    }

    private Map<String, String> actionsFor(String ticket, NotificationTemplate template) {
        CustomerActionLinks links = actionLinks.getIfAvailable();
        return links == null ? Map.of() : links.actionsFor(ticket, template);
    }
}
