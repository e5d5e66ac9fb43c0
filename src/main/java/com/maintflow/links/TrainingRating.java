package com.maintflow.links;

import java.util.Optional;

/** An attendee's training evaluation as posted on its link page: content, instructor, organisation 1..5, comments. */
public record TrainingRating(int content, int instructor, int organisation, Optional<String> comments) {
}
