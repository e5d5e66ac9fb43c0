package com.maintflow.support;

/** Demo staff of the test profile ({@code DemoUsers}), each in one group, all with password "demo". */
public enum Staff {
    CS1("cs1"),
    ENG1("eng1"),
    SUP1("sup1"),
    MGR1("mgr1"),
    DOC1("doc1"),
    /** Logs in with wrong passwords only: Camunda then locks the user for a few seconds. */
    TRN1("trn1");

    private final String userId;

    Staff(String userId) {
        this.userId = userId;
    }

    public String userId() {
        return userId;
    }

    String password() {
        return "demo";
    }
}
