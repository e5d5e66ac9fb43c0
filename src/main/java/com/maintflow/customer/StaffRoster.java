package com.maintflow.customer;

import com.maintflow.customer.CustomerProblem.FieldProblem;
import com.maintflow.customer.CustomerViews.StaffView;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service staff roster (服务机构人员配置名单): a profile per Camunda user — display name, phone, title, remarks.
 * Staff read it, administrators keep it; contracts name their responsible engineers from it.
 */
@Service
@Transactional
public class StaffRoster {

    private final StaffProfileRepository profiles;
    private final IdentityService identityService;

    StaffRoster(StaffProfileRepository profiles, IdentityService identityService) {
        this.profiles = profiles;
        this.identityService = identityService;
    }

    @Transactional(readOnly = true)
    public List<StaffView> all() {
        return profiles.findAll(Sort.by("userId")).stream().map(StaffRoster::view).toList();
    }

    @Transactional(readOnly = true)
    public StaffView view(String userId) {
        return profiles.findById(userId).map(StaffRoster::view).orElseThrow(() ->
                CustomerProblem.notFound("服务人员名单中没有 / Not on the staff roster: " + userId));
    }

    /** Creates or replaces the profile of a Camunda user; returns true when it was new. */
    public boolean put(String userId, StaffInput input) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw CustomerProblem.unknown(List.of(new FieldProblem("userId",
                    "不是 Camunda 用户 / is not a Camunda user: " + userId)));
        }
        var existing = profiles.findById(userId);
        var profile = existing.orElseGet(() -> new StaffProfile(userId));
        profile.update(input.displayName().strip(), BlankText.toNull(input.phone()),
                BlankText.toNull(input.title()), BlankText.toNull(input.remarks()));
        profile.setOnCall(Boolean.TRUE.equals(input.onCall()));
        profiles.saveAndFlush(profile);
        return existing.isEmpty();
    }

    /** Demo data and start-up: the profile unless one exists. */
    void ensure(String userId, StaffInput input) {
        if (!profiles.existsById(userId)) {
            var profile = new StaffProfile(userId);
            profile.update(input.displayName(), input.phone(), input.title(), input.remarks());
            profile.setOnCall(Boolean.TRUE.equals(input.onCall()));
            profiles.save(profile);
        }
    }

    /** The profiles of these users, by user id; ids without a profile are left out. */
    @Transactional(readOnly = true)
    public List<StaffView> views(Collection<String> userIds) {
        return profiles.findAllById(userIds).stream().map(StaffRoster::view)
                .sorted(java.util.Comparator.comparing(StaffView::userId)).toList();
    }

    /** Who is on call for emergencies now (应急值班), by user id. */
    @Transactional(readOnly = true)
    public List<StaffView> onCall() {
        return profiles.findAll(Sort.by("userId")).stream().filter(StaffProfile::isOnCall).map(StaffRoster::view)
                .toList();
    }

    /** Which of these user ids have no roster entry. */
    @Transactional(readOnly = true)
    List<String> missing(Set<String> userIds) {
        return userIds.stream().filter(id -> !profiles.existsById(id)).sorted().toList();
    }

    private static StaffView view(StaffProfile p) {
        return new StaffView(p.getUserId(), p.getDisplayName(), p.getPhone(), p.getTitle(), p.getRemarks(),
                p.isOnCall());
    }
}
