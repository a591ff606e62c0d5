package dev.newsroom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class SharedManagementPortTest {

    @Test
    void dropsAManagementAddressThatRepeatsTheServersWhenThePortsAreShared() {
        StandardEnvironment environment = environment(Map.of("SERVER_PORT", "8070", "MANAGEMENT_SERVER_PORT", "8070",
                "SERVER_ADDRESS", "127.0.0.1", "MANAGEMENT_SERVER_ADDRESS", "127.0.0.1"));

        new SharedManagementPort().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.server.address")).isNull();
        assertThat(environment.getProperty("management.server.port")).isEqualTo("8070");
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void leavesSeparateManagementServersAlone() {
        StandardEnvironment environment = environment(Map.of("SERVER_PORT", "8070", "MANAGEMENT_SERVER_PORT", "9070",
                "MANAGEMENT_SERVER_ADDRESS", "127.0.0.1"));

        new SharedManagementPort().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
    }

    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return environment;
    }
}
