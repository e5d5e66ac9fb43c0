-- Service cycles of a contract (ISO-8601 periods such as P1M): periodic inspection (定期巡检) and phone return
-- visits (定期电话回访). NULL: the contract has none.
ALTER TABLE mf_contract ADD COLUMN inspection_cycle VARCHAR(20);
ALTER TABLE mf_contract ADD COLUMN return_visit_cycle VARCHAR(20);
ALTER TABLE mf_contract_aud ADD COLUMN inspection_cycle VARCHAR(20);
ALTER TABLE mf_contract_aud ADD COLUMN return_visit_cycle VARCHAR(20);
