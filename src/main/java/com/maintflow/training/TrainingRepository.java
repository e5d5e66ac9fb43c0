package com.maintflow.training;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingRepository extends JpaRepository<Training, Long> {

    Optional<Training> findByTrainingNumber(String trainingNumber);
}
