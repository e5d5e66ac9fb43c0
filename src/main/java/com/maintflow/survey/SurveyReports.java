package com.maintflow.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the survey report from the survey records; periods are days in the contract zone (Beijing). */
@Service
@Transactional(readOnly = true)
public class SurveyReports {

    static final ZoneId CONTRACT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String NONE = "—";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(CONTRACT_ZONE);

    private final SurveyRepository surveys;
    private final SurveySettings settings;

    SurveyReports(SurveyRepository surveys, SurveySettings settings) {
        this.surveys = surveys;
        this.settings = settings;
    }

    /** Surveys invited from {@code from} to {@code to} (both inclusive), of one contract or of all. */
    public SurveyReport report(Optional<String> contract, LocalDate from, LocalDate to) {
        var start = from.atStartOfDay(CONTRACT_ZONE).toInstant();
        var end = to.plusDays(1).atStartOfDay(CONTRACT_ZONE).toInstant();
        List<Survey> sent = contract.map(number -> surveys
                        .findByContractNumberAndInvitedAtGreaterThanEqualAndInvitedAtLessThanOrderByInvitedAt(number,
                                start, end))
                .orElseGet(() -> surveys.findByInvitedAtGreaterThanEqualAndInvitedAtLessThanOrderByInvitedAt(start,
                        end));
        List<SurveyReport.LowScore> low = sent.stream()
                .filter(s -> s.isAnswered() && s.getOverall() <= settings.lowScore())
                .map(SurveyReports::lowScore).toList();
        return new SurveyReport(contract.orElse(null), from, to, settings.lowScore(), group("total", sent),
                groups(sent, s -> orNone(s.getContractNumber())), groups(sent, s -> s.engineer().orElse(NONE)),
                groups(sent, s -> MONTH.format(s.getInvitedAt())), low);
    }

    private static List<SurveyReport.Group> groups(List<Survey> sent, Function<Survey, String> keyOf) {
        Map<String, List<Survey>> byKey = sent.stream().collect(Collectors.groupingBy(keyOf, TreeMap::new,
                Collectors.toList()));
        return byKey.entrySet().stream().map(e -> group(e.getKey(), e.getValue())).toList();
    }

    private static SurveyReport.Group group(String key, List<Survey> sent) {
        List<Survey> answered = sent.stream().filter(Survey::isAnswered).toList();
        BigDecimal rate = sent.isEmpty() ? null : BigDecimal.valueOf(answered.size() * 100L)
                .divide(BigDecimal.valueOf(sent.size()), 1, RoundingMode.HALF_UP);
        return new SurveyReport.Group(key, sent.size(), answered.size(), rate, average(answered, Survey::getOverall),
                average(answered, Survey::getResponseSpeed), average(answered, Survey::getFixQuality),
                average(answered, Survey::getStaffAttitude));
    }

    private static BigDecimal average(List<Survey> answered, ToIntFunction<Survey> score) {
        if (answered.isEmpty()) {
            return null;
        }
        long sum = answered.stream().mapToLong(score::applyAsInt).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answered.size()), 2, RoundingMode.HALF_UP);
    }

    private static SurveyReport.LowScore lowScore(Survey s) {
        return new SurveyReport.LowScore(s.getTicket(), s.getContractNumber(), s.engineer().orElse(null),
                s.getOverall(), s.getResponseSpeed(), s.getFixQuality(), s.getStaffAttitude(), s.getComments(),
                s.getAnsweredAt(), s.getFollowedUpAt() != null, s.getFollowUpNote());
    }

    private static String orNone(String value) {
        return value == null ? NONE : value;
    }
}
