package com.maintflow.system;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The words people read for MaintFlow's codes (statuses, channels, clocks, timeline events, classification), from
 * one message bundle, {@code messages_zh.properties} / {@code messages_en.properties}: {@code 已受理 / Received}.
 * Pages call it as {@code ${@labels.of('status', request.status())}}; a code without a label shows as itself, so a
 * new code is never a broken page (LabelsTest fails the build instead).
 */
@Component("labels")
public class Labels {

    static final Locale CHINESE = Locale.CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;

    // Its own source rather than Spring Boot's messageSource: the pages always show both languages, whatever the
    // browser asks for, and Boot's auto-configuration only starts when a base messages.properties exists.
    private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

    public Labels() {
        bundle.setBasename("messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
    }

    /** {@code 中文 / English} for {@code kind.code}, e.g. {@code of("clock", RESPONSE)}; "—" for no code. */
    public String of(String kind, Object code) {
        if (code == null || code.toString().isBlank()) {
            return "—";
        }
        String key = kind + "." + code;
        return chinese(key).map(zh -> english(key).filter(en -> !en.equals(zh)).map(en -> zh + " / " + en).orElse(zh))
                .orElse(code.toString());
    }

    /** The Chinese label alone (chart axes, where both would not fit); the code when there is none. */
    public String zh(String kind, Object code) {
        return code == null ? "—" : chinese(kind + "." + code).orElse(code.toString());
    }

    Optional<String> chinese(String key) {
        return Optional.ofNullable(bundle.getMessage(key, null, null, CHINESE));
    }

    Optional<String> english(String key) {
        return Optional.ofNullable(bundle.getMessage(key, null, null, ENGLISH));
    }
}
