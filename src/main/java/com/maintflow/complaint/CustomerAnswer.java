package com.maintflow.complaint;

/** What the customer said to the reply: 满意, 不满意, or nothing within the answer period. */
public enum CustomerAnswer {
    SATISFIED, UNSATISFIED, NO_ANSWER
}
