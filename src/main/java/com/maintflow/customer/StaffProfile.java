package com.maintflow.customer;

import jakarta.persistence.*;
import org.hibernate.envers.Audited;

/**
 * One line of the service staff roster (服务机构人员配置名单) for a Camunda user: how customers and colleagues know and
 * reach them. Contracts name their responsible engineers from it.
 */
@Entity
@Table(name = "mf_staff_profile")
@Audited
public class StaffProfile {

    @Id
    private String userId;

    private String displayName;
    private String phone;
    private String title;
    private String remarks;
    /** On call for emergencies (应急值班): mailed at once when an emergency is declared. */
    private boolean onCall;

    protected StaffProfile() {
    }

    StaffProfile(String userId) {
        this.userId = userId;
    }

    void update(String newDisplayName, String newPhone, String newTitle, String newRemarks) {
        this.displayName = newDisplayName;
        this.phone = newPhone;
        this.title = newTitle;
        this.remarks = newRemarks;
    }

    public String getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPhone() {
        return phone;
    }

    public String getTitle() {
        return title;
    }

    void setOnCall(boolean onCall) {
        this.onCall = onCall;
    }

    public boolean isOnCall() {
        return onCall;
    }

    public String getRemarks() {
        return remarks;
    }
}
