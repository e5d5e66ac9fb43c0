package com.maintflow.links;

import java.util.Optional;

/** What the customer submitted on a link page: the choice, and the reason or rating where the question has one. */
public record LinkAnswer(LinkAction.Choice choice, Optional<String> note, Optional<Integer> satisfaction,
                         Optional<String> opinion, Optional<SurveyAnswer> survey,
                         Optional<TrainingRating> training) {

    /** A survey's answer (or none): no training rating. */
    public LinkAnswer(LinkAction.Choice choice, Optional<String> note, Optional<Integer> satisfaction,
                      Optional<String> opinion, Optional<SurveyAnswer> survey) {
        this(choice, note, satisfaction, opinion, survey, Optional.empty());
    }

    /** An answer to a question of the request itself (no survey). */
    public LinkAnswer(LinkAction.Choice choice, Optional<String> note, Optional<Integer> satisfaction,
                      Optional<String> opinion) {
        this(choice, note, satisfaction, opinion, Optional.empty());
    }
}
