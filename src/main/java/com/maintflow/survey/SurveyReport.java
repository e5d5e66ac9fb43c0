package com.maintflow.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/surveys/report}: surveys sent in a period (all contracts, or one), their answer rate and average
 * scores in total, per contract, per engineer and per month of the invitation, and every low overall score.
 * Averages are null where nothing was answered.
 */
public record SurveyReport(String contract, LocalDate from, LocalDate to, int lowScoreAtMost, Group total,
                           List<Group> perContract, List<Group> perEngineer, List<Group> perMonth,
                           List<LowScore> lowScores) {

    /** Surveys of one contract, engineer or month ("—" where the request had none). */
    public record Group(String key, long invited, long answered, BigDecimal answerRatePercent, BigDecimal overall,
                        BigDecimal responseSpeed, BigDecimal fixQuality, BigDecimal staffAttitude) {
    }

    /** An answer with an overall score at or below the low mark, with its ticket and how it was followed up. */
    public record LowScore(String ticket, String contract, String engineer, int overall, int responseSpeed,
                           int fixQuality, int staffAttitude, String comments, Instant answeredAt,
                           boolean followedUp, String followUpNote) {
    }
}
