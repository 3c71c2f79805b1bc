package com.branchmate.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BranchMateApplication {

    public static void main(String[] args) {
        SpringApplication.run(BranchMateApplication.class, args);
    }
}
