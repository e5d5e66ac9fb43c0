package com.maintflow.links;

import java.util.Optional;

/** What the customer submitted on a link page: the choice, and the reason or rating where the question has one. */
public record LinkAnswer(LinkAction.Choice choice, Optional<String> note, Optional<Integer> satisfaction,
                         Optional<String> opinion) {
}
