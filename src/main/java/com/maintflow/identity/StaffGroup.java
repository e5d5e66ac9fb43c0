package com.maintflow.identity;

/** The Camunda groups staff belong to; ids are used in BPMN candidate groups and security rules. */
public enum StaffGroup {
    CUSTOMER_SERVICE("customer-service", "客户服务部 / Customer service"),
    MAINTENANCE_ENGINEERS("maintenance-engineers", "项目维护组 / Maintenance engineers"),
    SUPERVISORS("supervisors", "主管 / Supervisors"),
    MANAGEMENT("management", "管理层 / Management"),
    DOCUMENT_MANAGERS("document-managers", "文档管理员 / Document managers"),
    TRAINERS("trainers", "培训讲师 / Trainers");

    /** Camunda's built-in administrators group. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    /** Users that may only read {@code /actuator/prometheus}: no staff group, no Tasklist, no tasks. */
    public static final String METRICS_SCRAPERS = "metrics-scrapers";

    private final String id;
    private final String label;

    StaffGroup(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** True for the groups that oversee requests in Cockpit rather than work single tasks. */
    boolean oversees() {
        return this == SUPERVISORS || this == MANAGEMENT;
    }
}
