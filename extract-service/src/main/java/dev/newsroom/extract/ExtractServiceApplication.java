package dev.newsroom.extract;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ExtractServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExtractServiceApplication.class, args);
    }
}
