package dev.newsroom.e2e.compose;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml as Docker Compose reads it: YAML with {@code ${VAR:-default}} interpolation
 * (here against an empty shell environment, so the documented defaults apply).
 */
record ComposeFile(Map<String, Service> services, Map<String, Object> volumes) {

    /** One entry under {@code services:}. */
    record Service(String name, Optional<String> image, Optional<Build> build, Map<String, String> environment,
                   List<PortMapping> ports, Optional<String> healthcheck, Map<String, String> dependsOn,
                   List<VolumeMount> volumes, String command) {
    }

    record Build(String context, String dockerfile, Map<String, String> args) {
    }

    /** {@code "host:container"}; the host side is what users connect to. */
    record PortMapping(int host, int container) {
    }

    record VolumeMount(String source, String target) {
    }

    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    static ComposeFile read(Path file) throws IOException {
        Map<String, Object> root;
        try (Reader reader = Files.newBufferedReader(file)) {
            root = asMap(interpolate(new Yaml().load(reader)));
        }
        Map<String, Service> services = new LinkedHashMap<>();
        asMap(root.get("services")).forEach((name, spec) -> services.put(name, service(name, asMap(spec))));
        Object volumes = root.get("volumes");
        return new ComposeFile(services, volumes == null ? Map.of() : asMap(volumes));
    }

    Service service(String name) {
        Service service = services.get(name);
        if (service == null) {
            throw new AssertionError("docker-compose.yml has no service '" + name + "'");
        }
        return service;
    }

    private static Service service(String name, Map<String, Object> spec) {
        Optional<Build> build = Optional.ofNullable(spec.get("build")).map(b -> {
            Map<String, Object> m = asMap(b);
            Map<String, String> args = new LinkedHashMap<>();
            if (m.get("args") != null) {
                asMap(m.get("args")).forEach((k, v) -> args.put(k, String.valueOf(v)));
            }
            return new Build(String.valueOf(m.getOrDefault("context", ".")),
                    String.valueOf(m.getOrDefault("dockerfile", "Dockerfile")), args);
        });
        return new Service(name, Optional.ofNullable(spec.get("image")).map(String::valueOf), build,
                environment(spec.get("environment")), ports(spec.get("ports")),
                Optional.ofNullable(spec.get("healthcheck")).map(h -> command(asMap(h).get("test"))),
                dependsOn(spec.get("depends_on")), volumes(spec.get("volumes")),
                spec.get("command") == null ? "" : command(spec.get("command")));
    }

    private static Map<String, String> environment(Object env) {
        Map<String, String> result = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (env instanceof List<?> list) {
            for (Object entry : list) {
                String[] kv = String.valueOf(entry).split("=", 2);
                result.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return result;
    }

    private static List<PortMapping> ports(Object ports) {
        List<PortMapping> result = new ArrayList<>();
        if (ports instanceof List<?> list) {
            for (Object port : list) {
                if (port instanceof Map<?, ?> longSyntax) {
                    result.add(new PortMapping(Integer.parseInt(String.valueOf(longSyntax.get("published"))),
                            Integer.parseInt(String.valueOf(longSyntax.get("target")))));
                } else {
                    String[] parts = String.valueOf(port).replaceAll("/(tcp|udp)$", "").split(":");
                    int container = Integer.parseInt(parts[parts.length - 1]);
                    int host = parts.length > 1 ? Integer.parseInt(parts[parts.length - 2]) : container;
                    result.add(new PortMapping(host, container));
                }
            }
        }
        return result;
    }

    private static Map<String, String> dependsOn(Object dependsOn) {
        Map<String, String> result = new LinkedHashMap<>();
        if (dependsOn instanceof List<?> list) {
            list.forEach(name -> result.put(String.valueOf(name), "service_started"));
        } else if (dependsOn instanceof Map<?, ?> map) {
            map.forEach((name, spec) -> result.put(String.valueOf(name),
                    String.valueOf(asMap(spec).getOrDefault("condition", "service_started"))));
        }
        return result;
    }

    private static List<VolumeMount> volumes(Object volumes) {
        List<VolumeMount> result = new ArrayList<>();
        if (volumes instanceof List<?> list) {
            for (Object volume : list) {
                if (volume instanceof Map<?, ?> longSyntax) {
                    result.add(new VolumeMount(String.valueOf(longSyntax.get("source")),
                            String.valueOf(longSyntax.get("target"))));
                } else {
                    String[] parts = String.valueOf(volume).split(":");
                    result.add(new VolumeMount(parts[0], parts.length > 1 ? parts[1] : parts[0]));
                }
            }
        }
        return result;
    }

    /** A healthcheck test or command as the shell line it runs. */
    private static String command(Object command) {
        if (command instanceof List<?> list) {
            List<String> words = list.stream().map(String::valueOf).toList();
            if (!words.isEmpty() && (words.get(0).equals("CMD") || words.get(0).equals("CMD-SHELL"))) {
                words = words.subList(1, words.size());
            }
            return String.join(" ", words);
        }
        return String.valueOf(command);
    }

    private static Object interpolate(Object node) {
        if (node instanceof String text) {
            Matcher m = INTERPOLATION.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String replacement;
                if (m.group().equals("$$")) {
                    replacement = "$";
                } else if (m.group(2) != null && m.group(2).endsWith("?")) {
                    throw new IllegalStateException("docker-compose.yml requires variable " + m.group(1) + ": " + m.group(3));
                } else {
                    // An empty environment: ${VAR:-default} and ${VAR-default} both give the default.
                    replacement = m.group(3) == null ? "" : m.group(3);
                }
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), interpolate(v)));
            return result;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(ComposeFile::interpolate).toList();
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object node) {
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof Map)) {
            throw new IllegalStateException("expected a mapping in docker-compose.yml, found: " + node);
        }
        return (Map<String, Object>) node;
    }
}
