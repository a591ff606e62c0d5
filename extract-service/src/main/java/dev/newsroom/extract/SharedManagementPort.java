package dev.newsroom.extract;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * extract-service serves health and metrics on its one HTTP port, so launchers (like {@code ./newsroom up})
 * set MANAGEMENT_SERVER_PORT equal to SERVER_PORT, and may set MANAGEMENT_SERVER_ADDRESS equal to
 * SERVER_ADDRESS as they do for every service. Spring Boot then runs actuator on the main server and
 * refuses any management address. When the management port and address equal the server's, this drops
 * the redundant management address from the environment variables; anything else is left to Spring.
 */
class SharedManagementPort implements EnvironmentPostProcessor, Ordered {

    private static final String MANAGEMENT_ADDRESS = "MANAGEMENT_SERVER_ADDRESS";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String managementPort = environment.getProperty("management.server.port");
        String managementAddress = environment.getProperty("management.server.address");
        if (managementPort == null || managementAddress == null
                || !managementPort.equals(environment.getProperty("server.port"))
                || !managementAddress.equals(environment.getProperty("server.address", managementAddress))) {
            return;
        }
        PropertySource<?> variables = environment.getPropertySources()
                .get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        if (variables instanceof EnumerablePropertySource<?> enumerable
                && Arrays.asList(enumerable.getPropertyNames()).contains(MANAGEMENT_ADDRESS)) {
            Map<String, Object> kept = Arrays.stream(enumerable.getPropertyNames())
                    .filter(name -> !name.equals(MANAGEMENT_ADDRESS))
                    .collect(Collectors.toMap(name -> name, enumerable::getProperty));
            environment.getPropertySources().replace(variables.getName(),
                    new SystemEnvironmentPropertySource(variables.getName(), kept));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
