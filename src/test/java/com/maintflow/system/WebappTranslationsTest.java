package com.maintflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Chinese webapp translations against the English files of the Camunda webjar on the classpath: same keys, same
 * {@code {{placeholders}}} and HTML tags, so a Camunda upgrade that adds or renames a label fails here instead of
 * showing a raw key; and every label staff read is Chinese, except the few that are the same in any language.
 */
class WebappTranslationsTest {

    private static final String LOCALES = "/META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
    private static final Pattern TAG = Pattern.compile("</?([a-zA-Z]+)");
    /** Labels that read the same in Chinese: ids, formats, product names, operators and Camunda's {@code <null>}. */
    private static final Set<String> SAME_IN_ANY_LANGUAGE = Set.of("", "Camunda", "Operaton", "ID", "ID*", "null",
            "<null>", "<undefined>", "<definition>", "<version>", "<Operation>", "CSV", "JSON", "Optimize",
            "requestPayload", "YYYY-MM-DDTHH:mm:ss", "<", "<=", ">", ">=");
    /** Camunda 7.24's end-of-life banner: Operaton's webapps have no such label (docs/operaton.md). */
    private static final Set<String> CAMUNDA_ONLY = Set.of("BANNER_CE_EOL_TEXT");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void chineseHasEveryEnglishLabelWithItsPlaceholders(String app) throws IOException {
        JsonNode english = read(app, "en").path("labels");
        JsonNode chinese = read(app, "zh").path("labels");

        Set<String> labels = names(english);
        Set<String> chineseLabels = names(chinese);
        chineseLabels.removeIf(name -> CAMUNDA_ONLY.contains(name) && !labels.contains(name));
        assertThat(chineseLabels).isEqualTo(labels);
        english.fields().forEachRemaining(label -> {
            String translated = chinese.path(label.getKey()).asText();
            assertThat(placeholders(translated)).as("%s %s", app, label.getKey())
                    .isEqualTo(placeholders(label.getValue().asText()));
            assertThat(tags(translated)).as("%s %s", app, label.getKey()).isEqualTo(tags(label.getValue().asText()));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void everyLabelStaffReadIsTranslated(String app) throws IOException {
        JsonNode english = read(app, "en").path("labels");
        JsonNode chinese = read(app, "zh").path("labels");

        List<String> untranslated = new ArrayList<>();
        english.fields().forEachRemaining(label -> {
            String text = label.getValue().asText();
            if (text.equals(chinese.path(label.getKey()).asText()) && !SAME_IN_ANY_LANGUAGE.contains(text.strip())) {
                untranslated.add(label.getKey() + " = " + text);
            }
        });

        assertThat(untranslated).as("%s labels still in English", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void staffStaplesAreChinese(String app) throws IOException {
        JsonNode chinese = read(app, "zh").path("labels");

        assertThat(chinese.path("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("登录");
        assertThat(chinese.path("TASKLIST_APP").asText()).isEqualTo("任务列表");
    }

    private JsonNode read(String app, String language) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(LOCALES.formatted(app, language))) {
            assertThat(in).as("%s %s.json on the classpath", app, language).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return json.readTree(text);
        }
    }

    private static Set<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return new TreeSet<>(names);
    }

    private static List<String> tags(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = TAG.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).toLowerCase());
        }
        return found.stream().sorted().toList();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
