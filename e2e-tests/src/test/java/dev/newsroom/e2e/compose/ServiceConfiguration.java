package dev.newsroom.e2e.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.AbstractEnvironment;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

import dev.newsroom.e2e.support.ServiceModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What a service module really reads and where it really listens, derived from its built classes,
 * its application config files and the Spring Boot jars on its runtime classpath, resolved the way
 * Spring Boot resolves them (relaxed binding of environment variables, placeholders, defaults).
 */
final class ServiceConfiguration implements AutoCloseable {

    private static final String CONFIGURATION_PROPERTIES = "org.springframework.boot.context.properties.ConfigurationProperties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)");
    private static final List<String> APPLICATION_FILES = List.of("application.properties", "application.yml", "application.yaml");
    private static final List<String> HEALTH_ENDPOINT_CLASSES = List.of(
            "org/springframework/boot/health/actuate/endpoint/HealthEndpoint.class",
            "org/springframework/boot/actuate/health/HealthEndpoint.class");
    private static final List<String> WEB_SERVER_CLASSES = List.of(
            "org/apache/catalina/startup/Tomcat.class", "org/eclipse/jetty/server/Server.class",
            "io/undertow/Undertow.class", "reactor/netty/http/server/HttpServer.class");

    private final ServiceModule module;
    private final URLClassLoader loader;
    private final List<PropertySource<?>> applicationSources;
    private final Set<String> placeholderKeys;
    private final Set<String> properties = new TreeSet<>();
    private final Set<String> propertyPrefixes = new TreeSet<>();

    private ServiceConfiguration(ServiceModule module) throws IOException {
        this.module = module;
        this.loader = module.classLoader();
        this.applicationSources = loadApplicationSources(module.classesDir());
        this.placeholderKeys = new TreeSet<>();
        for (String file : APPLICATION_FILES) {
            Path path = module.classesDir().resolve(file);
            if (Files.isRegularFile(path)) {
                placeholderKeys.addAll(placeholders(Files.readString(path)));
            }
        }
        collectBootMetadata();
        collectProjectConfigurationProperties();
    }

    static ServiceConfiguration load(ServiceModule module) {
        try {
            return new ServiceConfiguration(module);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ServiceModule module() {
        return module;
    }

    /** The service's configuration with {@code env} as its process environment (nothing else). */
    ConfigurableEnvironment environment(Map<String, String> env) {
        ConfigurableEnvironment environment = new AbstractEnvironment() {
        };
        environment.getPropertySources().addFirst(environmentSource(env));
        applicationSources.forEach(environment.getPropertySources()::addLast);
        ConfigurationPropertySources.attach(environment);
        return environment;
    }

    int serverPort(Map<String, String> env) {
        return Binder.get(environment(env)).bind("server.port", Integer.class).orElse(8080);
    }

    /** The management port; the server port when no separate one is configured. */
    int managementPort(Map<String, String> env) {
        return Binder.get(environment(env)).bind("management.server.port", Integer.class)
                .orElseGet(() -> serverPort(env));
    }

    /**
     * The path of the actuator health endpoint over HTTP, or empty when the service has no web
     * server, no health endpoint on its classpath, or the endpoint is disabled or not exposed.
     */
    Optional<String> healthPath(Map<String, String> env) {
        if (!hasAnyClass(HEALTH_ENDPOINT_CLASSES) || !hasAnyClass(WEB_SERVER_CLASSES)) {
            return Optional.empty();
        }
        Binder binder = Binder.get(environment(env));
        Set<String> include = binder.bind("management.endpoints.web.exposure.include", Bindable.setOf(String.class))
                .orElse(Set.of("health"));
        Set<String> exclude = binder.bind("management.endpoints.web.exposure.exclude", Bindable.setOf(String.class))
                .orElse(Set.of());
        String access = binder.bind("management.endpoint.health.access", String.class)
                .orElseGet(() -> binder.bind("management.endpoints.access.default", String.class).orElse("unrestricted"));
        boolean enabled = binder.bind("management.endpoint.health.enabled", Boolean.class).orElse(true);
        if (!(include.contains("health") || include.contains("*")) || exclude.contains("health") || exclude.contains("*")
                || access.equalsIgnoreCase("none") || !enabled) {
            return Optional.empty();
        }
        String base = binder.bind("management.endpoints.web.base-path", String.class).orElse("/actuator");
        String health = binder.bind("management.endpoints.web.path-mapping.health", String.class).orElse("health");
        String contextPath = binder.bind("management.server.base-path", String.class).orElse("");
        return Optional.of((contextPath + "/" + base + "/" + health).replaceAll("/+", "/"));
    }

    /** Values of every property under {@code prefix} the resolved configuration sets explicitly. */
    Map<String, String> propertiesUnder(String prefix, Map<String, String> env) {
        return Binder.get(environment(env)).bind(prefix, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    }

    /**
     * Whether setting environment variable {@code name} changes anything this service reads: a Spring
     * Boot property on its classpath, a property of one of its {@code @ConfigurationProperties} types,
     * or a placeholder in its application config or classes.
     */
    boolean reads(String name) {
        if (placeholderKeys.contains(name)) {
            return true;
        }
        ConfigurationPropertySource source = ConfigurationPropertySources.from(environmentSource(Map.of(name, "x")))
                .iterator().next();
        for (String property : properties) {
            if (source.getConfigurationProperty(ConfigurationPropertyName.of(property)) != null) {
                return true;
            }
        }
        for (String prefix : propertyPrefixes) {
            if (source.containsDescendantOf(ConfigurationPropertyName.of(prefix)) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }

    /** {@code public static final String} constants of {@code className} as the service's classpath has it. */
    Set<String> stringConstants(String className) {
        Set<String> values = new TreeSet<>();
        try {
            for (var field : Class.forName(className, true, loader).getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    values.add((String) field.get(null));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(module.name() + " cannot load " + className, e);
        }
        return values;
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    private static SystemEnvironmentPropertySource environmentSource(Map<String, String> env) {
        // The "-systemEnvironment" suffix makes Spring Boot apply its environment-variable name mapping.
        return new SystemEnvironmentPropertySource("docker-compose-systemEnvironment", Map.copyOf(env));
    }

    private static List<PropertySource<?>> loadApplicationSources(Path classesDir) throws IOException {
        List<PropertySource<?>> sources = new ArrayList<>();
        // Spring Boot gives .properties precedence over .yml in the same location.
        for (String file : APPLICATION_FILES) {
            Path path = classesDir.resolve(file);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            PropertySourceLoader reader = file.endsWith(".properties")
                    ? new PropertiesPropertySourceLoader() : new YamlPropertySourceLoader();
            for (PropertySource<?> source : reader.load(file, new FileSystemResource(path))) {
                // Profile-specific documents do not apply to a service started without profiles.
                if (source.getProperty("spring.config.activate.on-profile") == null) {
                    sources.add(source);
                }
            }
        }
        return sources;
    }

    private static Set<String> placeholders(String text) {
        Set<String> keys = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            keys.add(m.group(1).trim());
        }
        return keys;
    }

    private boolean hasAnyClass(List<String> resources) {
        return resources.stream().anyMatch(r -> loader.findResource(r) != null);
    }

    private void collectBootMetadata() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String name : List.of("META-INF/spring-configuration-metadata.json",
                "META-INF/additional-spring-configuration-metadata.json")) {
            for (URL url : Collections.list(loader.findResources(name))) {
                try (InputStream in = url.openStream()) {
                    JsonNode metadata = json.readTree(in);
                    for (JsonNode property : metadata.path("properties")) {
                        String propertyName = property.path("name").asString();
                        if (!ConfigurationPropertyName.isValid(propertyName)) {
                            continue;
                        }
                        String type = property.path("type").asString("");
                        (type.startsWith("java.util.Map") ? propertyPrefixes : properties).add(propertyName);
                        if (type.startsWith("java.util.List") || type.startsWith("java.util.Set")) {
                            propertyPrefixes.add(propertyName);
                        }
                    }
                }
            }
        }
    }

    /** Every {@code @ConfigurationProperties} type in the project's own classes on this service's classpath. */
    private void collectProjectConfigurationProperties() throws IOException {
        MetadataReaderFactory readers = new SimpleMetadataReaderFactory();
        Path repositoryRoot = module.dir().getParent();
        List<URL> projectEntries = new ArrayList<>();
        for (Path entry : module.classpath()) {
            if (entry.toAbsolutePath().startsWith(repositoryRoot)) {
                projectEntries.add(entry.toUri().toURL());
            }
        }
        try (URLClassLoader projectOnly = new URLClassLoader(projectEntries.toArray(URL[]::new), null)) {
            Resource[] classes = new PathMatchingResourcePatternResolver(projectOnly)
                    .getResources("classpath*:dev/newsroom/**/*.class");
            for (Resource resource : classes) {
                AnnotationMetadata metadata = readers.getMetadataReader(resource).getAnnotationMetadata();
                placeholderKeys.addAll(placeholders(new String(resource.getContentAsByteArray(), StandardCharsets.ISO_8859_1)));
                if (metadata.hasAnnotation(CONFIGURATION_PROPERTIES)) {
                    collectProperties(prefixOf(metadata.getAnnotationAttributes(CONFIGURATION_PROPERTIES)),
                            loadClass(metadata.getClassName()), new LinkedHashSet<>());
                }
                for (MethodMetadata method : metadata.getAnnotatedMethods(CONFIGURATION_PROPERTIES)) {
                    collectProperties(prefixOf(method.getAnnotationAttributes(CONFIGURATION_PROPERTIES)),
                            loadClass(method.getReturnTypeName()), new LinkedHashSet<>());
                }
            }
        }
    }

    private static String prefixOf(Map<String, Object> attributes) {
        String prefix = String.valueOf(attributes.get("prefix"));
        return prefix.isEmpty() ? String.valueOf(attributes.get("value")) : prefix;
    }

    private Class<?> loadClass(String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(module.name() + " cannot load its own class " + name, e);
        }
    }

    /** The bindable property names of {@code type} under {@code prefix}: record components or setters, nested. */
    private void collectProperties(String prefix, Class<?> type, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                collectProperty(prefix, component.getName(), component.getType(), seen);
            }
            return;
        }
        for (Method method : type.getMethods()) {
            if (method.getName().startsWith("set") && method.getName().length() > 3 && method.getParameterCount() == 1) {
                String name = Character.toLowerCase(method.getName().charAt(3)) + method.getName().substring(4);
                collectProperty(prefix, name, method.getParameterTypes()[0], seen);
            }
        }
    }

    private void collectProperty(String prefix, String javaName, Class<?> type, Set<Class<?>> seen) {
        String name = prefix + "." + DataObjectPropertyName.toDashedForm(javaName);
        if (Map.class.isAssignableFrom(type)) {
            propertyPrefixes.add(name);
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            properties.add(name);
            propertyPrefixes.add(name);
        } else if (type.getName().startsWith("dev.newsroom.") && !type.isEnum()) {
            collectProperties(name, type, seen);
        } else {
            properties.add(name);
        }
    }
}
