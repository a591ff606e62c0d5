package dev.newsroom.extract;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import dev.newsroom.extract.extraction.ExtractorLoading;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ExtractServiceApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ExtractServiceApplication.class);
        application.addInitializers(ExtractorLoading.startEarly());
        application.run(args);
    }
}
