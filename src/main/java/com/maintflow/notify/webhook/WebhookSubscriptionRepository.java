package com.maintflow.notify.webhook;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Subscriptions; the active ones are those events are matched against. */
interface WebhookSubscriptionRepository extends JpaRepository<WebhookSubscription, Long> {

    List<WebhookSubscription> findByActiveTrueOrderByIdAsc();

    List<WebhookSubscription> findAllByOrderByIdAsc();
}
