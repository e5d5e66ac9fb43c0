package com.maintflow.links;

import java.util.Optional;

/** A customer's survey as posted on its link page: four scores from 1 (worst) to 5 (best) and optional comments. */
public record SurveyAnswer(int overall, int responseSpeed, int fixQuality, int staffAttitude,
                           Optional<String> comments) {
}
