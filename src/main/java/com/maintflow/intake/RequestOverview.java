package com.maintflow.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register seen from above, for the staff pages: the latest requests matching a search (the ticket list) and
 * counts of the open ones by status and age (the dashboard). "Open" is every request not yet archived. Counting
 * queries only: no request is loaded to be counted.
 */
@Service
@Transactional(readOnly = true)
public class RequestOverview {

    /** Age buckets of open requests, by time since receipt: up to 1, 3, 7, 30 days, older. */
    public static final List<Duration> AGE_LIMITS = List.of(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7),
            Duration.ofDays(30));

    private final MaintenanceRequestRepository requests;

    RequestOverview(MaintenanceRequestRepository requests) {
        this.requests = requests;
    }

    /** One line of the ticket list. */
    public record Row(String ticket, String title, String customerCode, String customerName, RequestStatus status,
                      Channel channel, String severity, Instant receivedAt) {
    }

    /** Open requests received within an age bucket ({@code olderThan} inclusive, {@code upTo} exclusive; null: open). */
    public record AgeBucket(Duration olderThan, Duration upTo, long count) {
    }

    /**
     * The {@code limit} latest requests whose ticket, title or customer code contains {@code query} (any case; all
     * when blank), open ones only if asked.
     */
    public List<Row> latest(String query, boolean openOnly, int limit) {
        String fragment = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return requests.latest(fragment, openOnly ? RequestStatus.ARCHIVED : null, PageRequest.of(0, limit));
    }

    public Map<RequestStatus, Long> openByStatus() {
        Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
        for (Object[] row : requests.countByStatusExcept(RequestStatus.ARCHIVED)) {
            counts.put((RequestStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    public List<AgeBucket> openByAge(Instant now) {
        List<AgeBucket> buckets = new ArrayList<>();
        long younger = 0;
        Duration from = Duration.ZERO;
        for (Duration limit : AGE_LIMITS) {
            long upToLimit = requests.countOpenReceivedAfter(RequestStatus.ARCHIVED, now.minus(limit));
            buckets.add(new AgeBucket(from, limit, upToLimit - younger));
            younger = upToLimit;
            from = limit;
        }
        long all = requests.countOpenReceivedAfter(RequestStatus.ARCHIVED, Instant.EPOCH);
        buckets.add(new AgeBucket(from, null, all - younger));
        return buckets;
    }
}
