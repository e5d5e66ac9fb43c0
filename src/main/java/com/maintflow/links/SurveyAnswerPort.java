package com.maintflow.links;

/**
 * Where a survey link's answer goes: implemented by the survey capability, so links does not depend on it. The
 * link's ticket is the request the survey is about; the survey process waits for {@link #MESSAGE}.
 */
public interface SurveyAnswerPort {

    String MESSAGE = "SurveyAnswered";

    /** True when the survey of {@code ticket} is still open for an answer. */
    boolean isWaiting(String ticket);

    /** Records the answer and moves the survey on; throws {@code NotAwaitingAnswerException} when it is not open. */
    void answer(String ticket, SurveyAnswer answer, String actor);
}
