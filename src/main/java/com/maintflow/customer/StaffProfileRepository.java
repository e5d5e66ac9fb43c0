package com.maintflow.customer;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffProfileRepository extends JpaRepository<StaffProfile, String> {
}
