package com.maintflow.training;

/** The last milestone a training reached. */
public enum TrainingStatus {
    REQUESTED,
    PLANNED,
    MATERIALS_READY,
    EVALUATING,
    CLOSED
}
