package com.maintflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.maintflow.attachment.AttachmentSource;
import com.maintflow.complaint.ComplaintStatus;
import com.maintflow.complaint.CustomerAnswer;
import com.maintflow.identity.StaffGroup;
import com.maintflow.intake.Channel;
import com.maintflow.intake.RequestStatus;
import com.maintflow.knowledge.ArticleStatus;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.sla.ClockKind;
import com.maintflow.sla.ClockState;
import com.maintflow.training.TrainingStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every code a person reads has a label in both languages of the one bundle: statuses, channels, clocks, the review
 * form's classification values, and every timeline event — the enums whose names become events and each event code
 * written as a literal in a {@code timeline.append(...)} call anywhere in src/main/java, so a new event without
 * words fails here rather than showing staff a code.
 */
class LabelsTest {

    private static final Pattern APPEND = Pattern.compile("timeline\\.append\\([^,]+,(.+?),", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z_]+)\"");

    private final Labels labels = new Labels();

    @Test
    void everyEnumValueAPersonReadsHasChineseAndEnglish() {
        List<String> keys = new ArrayList<>();
        names("status", RequestStatus.values(), keys);
        names("status", ComplaintStatus.values(), keys);
        names("channel", Channel.values(), keys);
        names("clock", ClockKind.values(), keys);
        names("clockState", ClockState.values(), keys);
        names("attachmentSource", AttachmentSource.values(), keys);
        names("articleStatus", ArticleStatus.values(), keys);
        Arrays.stream(StaffGroup.values()).forEach(group -> keys.add("group." + group.id()));
        keys.add("group." + StaffGroup.CAMUNDA_ADMIN);
        keys.add("serviceLevel.STANDARD");
        keys.add("serviceLevel.PREMIUM");
        keys.add("charging.FREE");
        keys.add("charging.PAID");

        assertBothLanguages(keys);
    }

    @Test
    void everyClassificationValueOfTheReviewFormHasALabelMatchingTheForm() throws IOException {
        JsonNode form = new ObjectMapper().readTree(Path.of("forms/review-request.form").toFile());
        List<String> keys = new ArrayList<>();
        for (JsonNode field : form.findParents("values")) {
            for (JsonNode value : field.get("values")) {
                String key = field.get("key").asText() + "." + value.get("value").asText();
                keys.add(key);
                // The form says 纠错性 / Corrective: the pages must use the same words.
                assertThat(value.get("label").asText()).as(key).startsWith(labels.chinese(key).orElse("?"));
            }
        }

        assertThat(keys).hasSizeGreaterThan(15);
        assertBothLanguages(keys);
    }

    @Test
    void everyTimelineEventHasChineseAndEnglish() throws IOException {
        var events = new TreeSet<String>(literalEventCodes());
        Stream.of(RequestStatus.values(), ComplaintStatus.values(), TrainingStatus.values())
                .flatMap(Arrays::stream).forEach(status -> events.add(((Enum<?>) status).name()));
        Arrays.stream(NotificationTemplate.values()).forEach(t -> events.add("NOTIFICATION_" + t.name()));
        Arrays.stream(CustomerAnswer.values()).forEach(a -> events.add("CUSTOMER_" + a.name()));

        assertThat(events).contains("RECEIVED", "CUSTOMER_MAIL", "SLA_WARNING", "EMERGENCY_DECLARED",
                "NOTIFICATION_REQUEST_RECEIVED");
        assertBothLanguages(events.stream().map(event -> "event." + event).toList());
    }

    @Test
    void bothFilesHaveTheSameKeys() throws IOException {
        assertThat(bundle("zh").stringPropertyNames()).isEqualTo(bundle("en").stringPropertyNames());
    }

    @Test
    void aLabelReadsChineseFirstAndAnUnknownCodeShowsAsItself() {
        assertThat(labels.of("status", RequestStatus.CHARGING_DECIDED)).isEqualTo("已判定收费 / Charging decided");
        assertThat(labels.of("clock", "RESOLUTION")).isEqualTo("解决时限 / Resolution deadline");
        assertThat(labels.zh("severity", "MAJOR")).isEqualTo("重大");
        assertThat(labels.of("event", "SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
        assertThat(labels.of("status", null)).isEqualTo("—");
    }

    private void assertBothLanguages(List<String> keys) {
        assertThat(keys).allSatisfy(key -> {
            assertThat(labels.chinese(key)).as("Chinese label of %s", key).isPresent()
                    .get().asString().matches(".*\\p{IsHan}.*");
            assertThat(labels.english(key)).as("English label of %s", key).isPresent();
        });
    }

    private static <E extends Enum<E>> void names(String kind, E[] values, List<String> keys) {
        Arrays.stream(values).forEach(value -> keys.add(kind + "." + value.name()));
    }

    private static List<String> literalEventCodes() throws IOException {
        List<String> codes = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher append = APPEND.matcher(Files.readString(source));
                while (append.find()) {
                    Matcher code = CODE.matcher(append.group(1));
                    while (code.find()) {
                        // "NOTIFICATION_" + template: a prefix, whose events the enums above supply.
                        if (!code.group(1).endsWith("_")) {
                            codes.add(code.group(1));
                        }
                    }
                }
            }
        }
        return codes;
    }

    private static Properties bundle(String language) throws IOException {
        var properties = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/messages_" + language + ".properties"))) {
            properties.load(in);
        }
        return properties;
    }
}
