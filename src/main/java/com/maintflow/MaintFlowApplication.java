package com.maintflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** MaintFlow: software maintenance and after-sales service processes on Camunda 7. */
@SpringBootApplication
public class MaintFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(MaintFlowApplication.class, args);
    }
}
