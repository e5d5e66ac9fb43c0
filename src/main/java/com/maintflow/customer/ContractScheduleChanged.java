package com.maintflow.customer;

/**
 * A contract was signed or amended with different service cycles or activity: the processes that run on its
 * schedule (periodic inspection, return visits) re-plan their next due date. Published inside the transaction that
 * saved the contract, so a listener that starts or moves process instances commits or rolls back with it.
 */
public record ContractScheduleChanged(String contractNumber, String inspectionCycle, String returnVisitCycle,
                                      boolean active) {

    static ContractScheduleChanged of(Contract contract) {
        return new ContractScheduleChanged(contract.getContractNumber(), contract.getInspectionCycle(),
                contract.getReturnVisitCycle(), contract.isActive());
    }
}
