package dev.newsroom.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.avro.Schema;

/**
 * The registry's state and rules: subjects and their versions, globally unique schema ids, compatibility
 * levels. Every change is appended to the {@link SchemaStore} before it is applied, and the state is rebuilt
 * at start-up by replaying the store, so a restarted registry serves the same ids.
 */
final class SchemaRegistry {

    /** A version of a subject as clients see it. */
    record RegisteredVersion(String subject, int version, int id, String schema) {
    }

    private record Version(int version, int id, String schema, Schema parsed, boolean deleted) {
    }

    private static final String LATEST = "latest";

    private final SchemaStore store;
    private final Map<String, TreeMap<Integer, Version>> subjects = new TreeMap<>();
    private final Map<Integer, String> schemasById = new HashMap<>();
    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private final Map<String, Mode> subjectModes = new HashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
    private Mode globalMode = Mode.READWRITE;
    private int maxId;

    SchemaRegistry(SchemaStore store) {
        this.store = store;
        store.replay(this::apply);
    }

    /** Registers {@code schemaText} under {@code subject}; an identical live schema keeps its version and id. */
    synchronized int register(String subject, String schemaText) {
        requireWritable(subject);
        Schema candidate = parse(schemaText);
        String canonical = candidate.toString();
        TreeMap<Integer, Version> versions = subjects.getOrDefault(subject, new TreeMap<>());
        for (Version v : versions.values()) {
            if (!v.deleted() && v.schema().equals(canonical)) {
                return v.id();
            }
        }
        List<String> problems = levelOf(subject).check(candidate, liveSchemas(versions));
        if (!problems.isEmpty()) {
            throw RegistryException.incompatible(subject, problems);
        }
        int id = idsBySchema.getOrDefault(canonical, maxId + 1);
        int version = versions.isEmpty() ? 1 : versions.lastKey() + 1;
        write(new StoreRecord.SchemaVersion(subject, version, id, canonical, false));
        return id;
    }

    /** The version of {@code subject} holding exactly {@code schemaText}. */
    synchronized RegisteredVersion lookup(String subject, String schemaText, boolean includeDeleted) {
        String canonical = parse(schemaText).toString();
        TreeMap<Integer, Version> versions = existingSubject(subject, includeDeleted);
        return versions.values().stream()
                .filter(v -> (includeDeleted || !v.deleted()) && v.schema().equals(canonical))
                .reduce((first, later) -> later)
                .map(v -> view(subject, v))
                .orElseThrow(() -> RegistryException.schemaNotFound(
                        "Schema not found under subject '%s'.".formatted(subject)));
    }

    synchronized String schemaById(int id) {
        String schema = schemasById.get(id);
        if (schema == null) {
            throw RegistryException.schemaNotFound("Schema %d not found".formatted(id));
        }
        return schema;
    }

    /** Every subject version that uses schema {@code id}; soft-deleted ones only when {@code includeDeleted}. */
    synchronized List<RegisteredVersion> versionsOfId(int id, boolean includeDeleted) {
        schemaById(id);
        List<RegisteredVersion> uses = new ArrayList<>();
        subjects.forEach((subject, versions) -> versions.values().stream()
                .filter(v -> v.id() == id && (includeDeleted || !v.deleted()))
                .forEach(v -> uses.add(view(subject, v))));
        return uses;
    }

    /**
     * Every version of every subject whose name starts with {@code subjectPrefix}, by subject and version;
     * soft-deleted ones only when {@code includeDeleted}, only each subject's latest when {@code latestOnly}.
     */
    synchronized List<RegisteredVersion> allVersions(String subjectPrefix, boolean includeDeleted, boolean latestOnly) {
        List<RegisteredVersion> all = new ArrayList<>();
        subjects.forEach((subject, versions) -> {
            if (!subject.startsWith(subjectPrefix)) {
                return;
            }
            List<RegisteredVersion> listed = versions.values().stream()
                    .filter(v -> includeDeleted || !v.deleted())
                    .map(v -> view(subject, v))
                    .toList();
            all.addAll(latestOnly && !listed.isEmpty() ? listed.subList(listed.size() - 1, listed.size()) : listed);
        });
        return all;
    }

    /**
     * The ids of schemas that reference this version. Schema references are not accepted, so none do; the
     * version must exist all the same (40401, 40402).
     */
    synchronized List<Integer> referencedBy(String subject, String versionSpec, boolean includeDeleted) {
        resolve(subject, versionSpec, includeDeleted);
        return List.of();
    }

    synchronized List<String> subjects(boolean includeDeleted) {
        return subjects.entrySet().stream()
                .filter(e -> includeDeleted || e.getValue().values().stream().anyMatch(v -> !v.deleted()))
                .map(Map.Entry::getKey)
                .toList();
    }

    synchronized List<Integer> versions(String subject, boolean includeDeleted) {
        return existingSubject(subject, includeDeleted).values().stream()
                .filter(v -> includeDeleted || !v.deleted())
                .map(Version::version)
                .toList();
    }

    synchronized RegisteredVersion version(String subject, String versionSpec, boolean includeDeleted) {
        return view(subject, resolve(subject, versionSpec, includeDeleted));
    }

    /**
     * Soft-deletes every live version of {@code subject}, or, with {@code permanent}, removes every version of
     * a subject soft-deleted before (40405 otherwise). Its compatibility level goes with it, and, when
     * permanent, its mode. Returns the versions deleted.
     */
    synchronized List<Integer> deleteSubject(String subject, boolean permanent) {
        requireWritable(subject);
        TreeMap<Integer, Version> versions = existingSubject(subject, true);
        List<Version> live = versions.values().stream().filter(v -> !v.deleted()).toList();
        List<Integer> deleted;
        if (permanent) {
            if (!live.isEmpty()) {
                throw RegistryException.subjectNotSoftDeleted(subject);
            }
            deleted = List.copyOf(versions.keySet());
            deleted.forEach(version -> write(new StoreRecord.SchemaVersionRemoved(subject, version)));
            if (subjectModes.containsKey(subject)) {
                write(new StoreRecord.ModeSetting(subject, null));
            }
        } else {
            if (live.isEmpty()) {
                throw RegistryException.subjectSoftDeleted(subject);
            }
            live.forEach(v -> write(new StoreRecord.SchemaVersion(subject, v.version(), v.id(), v.schema(), true)));
            deleted = live.stream().map(Version::version).toList();
        }
        if (subjectLevels.containsKey(subject)) {
            write(new StoreRecord.Config(subject, null));
        }
        return deleted;
    }

    /**
     * Soft-deletes one version of {@code subject}, or, with {@code permanent}, removes a version soft-deleted
     * before (40407 otherwise).
     */
    synchronized int deleteVersion(String subject, String versionSpec, boolean permanent) {
        requireWritable(subject);
        Version v = resolve(subject, versionSpec, true);
        if (permanent) {
            if (!v.deleted()) {
                throw RegistryException.versionNotSoftDeleted(subject, v.version());
            }
            write(new StoreRecord.SchemaVersionRemoved(subject, v.version()));
        } else {
            if (v.deleted()) {
                throw RegistryException.versionSoftDeleted(subject, v.version());
            }
            write(new StoreRecord.SchemaVersion(subject, v.version(), v.id(), v.schema(), true));
        }
        return v.version();
    }

    /**
     * Checks {@code schemaText} against one version of {@code subject} (in the directions the subject's
     * level asks for), or, when {@code versionSpec} is null, against the versions the level asks for.
     *
     * @return the problems found; empty when compatible
     */
    synchronized List<String> checkCompatibility(String subject, String versionSpec, String schemaText) {
        Schema candidate = parse(schemaText);
        CompatibilityLevel level = levelOf(subject);
        if (versionSpec == null) {
            return level.check(candidate, liveSchemas(subjects.getOrDefault(subject, new TreeMap<>())));
        }
        if (LATEST.equals(versionSpec) && !subjects(false).contains(subject)) {
            return List.of();
        }
        return level.check(candidate, List.of(resolve(subject, versionSpec, false).parsed()));
    }

    synchronized CompatibilityLevel globalLevel() {
        return globalLevel;
    }

    synchronized Optional<CompatibilityLevel> subjectLevel(String subject) {
        return Optional.ofNullable(subjectLevels.get(subject));
    }

    synchronized CompatibilityLevel levelOf(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    synchronized void setLevel(String subjectOrNullForGlobal, CompatibilityLevel level) {
        write(new StoreRecord.Config(subjectOrNullForGlobal, level));
    }

    /** Removes a subject's own level, so the global one applies; returns the level removed. */
    synchronized CompatibilityLevel deleteSubjectLevel(String subject) {
        CompatibilityLevel removed = subjectLevels.get(subject);
        if (removed == null) {
            throw RegistryException.subjectLevelNotConfigured(subject);
        }
        write(new StoreRecord.Config(subject, null));
        return removed;
    }

    synchronized Mode globalMode() {
        return globalMode;
    }

    synchronized Optional<Mode> subjectMode(String subject) {
        return Optional.ofNullable(subjectModes.get(subject));
    }

    /** Sets the mode of {@code subjectOrNullForGlobal}; IMPORT, which needs client-chosen ids, is refused (42205). */
    synchronized void setMode(String subjectOrNullForGlobal, Mode mode) {
        if (mode == Mode.IMPORT) {
            throw RegistryException.importNotSupported();
        }
        write(new StoreRecord.ModeSetting(subjectOrNullForGlobal, mode));
    }

    /** Removes a subject's own mode, so the global one applies; returns the mode removed. */
    synchronized Mode deleteSubjectMode(String subject) {
        Mode removed = subjectModes.get(subject);
        if (removed == null) {
            throw RegistryException.subjectModeNotConfigured(subject);
        }
        write(new StoreRecord.ModeSetting(subject, null));
        return removed;
    }

    private void requireWritable(String subject) {
        Mode own = subjectModes.get(subject);
        if (!(own != null ? own : globalMode).writable()) {
            throw RegistryException.readOnly(own != null ? subject : null);
        }
    }

    private void write(StoreRecord record) {
        try {
            store.append(record);
        } catch (RegistryException e) {
            throw e;
        } catch (RuntimeException e) {
            throw RegistryException.storeFailure(String.valueOf(e.getMessage()), e);
        }
        apply(record);
    }

    private void apply(StoreRecord record) {
        if (record instanceof StoreRecord.SchemaVersion v) {
            Schema parsed = new Schema.Parser().parse(v.schema());
            subjects.computeIfAbsent(v.subject(), s -> new TreeMap<>())
                    .put(v.version(), new Version(v.version(), v.id(), v.schema(), parsed, v.deleted()));
            schemasById.putIfAbsent(v.id(), v.schema());
            idsBySchema.putIfAbsent(v.schema(), v.id());
            maxId = Math.max(maxId, v.id());
        } else if (record instanceof StoreRecord.SchemaVersionRemoved removed) {
            remove(removed.subject(), removed.version());
        } else if (record instanceof StoreRecord.ModeSetting m) {
            if (m.subject() == null) {
                globalMode = m.mode() == null ? Mode.READWRITE : m.mode();
            } else if (m.mode() == null) {
                subjectModes.remove(m.subject());
            } else {
                subjectModes.put(m.subject(), m.mode());
            }
        } else if (record instanceof StoreRecord.Config c) {
            if (c.subject() == null) {
                globalLevel = c.level() == null ? CompatibilityLevel.BACKWARD : c.level();
            } else if (c.level() == null) {
                subjectLevels.remove(c.subject());
            } else {
                subjectLevels.put(c.subject(), c.level());
            }
        }
    }

    /** Removes a version; its schema id stops resolving once no version uses it. */
    private void remove(String subject, int version) {
        TreeMap<Integer, Version> versions = subjects.get(subject);
        Version removed = versions == null ? null : versions.remove(version);
        if (removed == null) {
            return;
        }
        if (versions.isEmpty()) {
            subjects.remove(subject);
        }
        boolean stillUsed = subjects.values().stream()
                .anyMatch(vs -> vs.values().stream().anyMatch(v -> v.id() == removed.id()));
        if (!stillUsed) {
            schemasById.remove(removed.id());
            idsBySchema.remove(removed.schema());
        }
    }

    private Version resolve(String subject, String versionSpec, boolean includeDeleted) {
        TreeMap<Integer, Version> versions = existingSubject(subject, includeDeleted);
        if (LATEST.equals(versionSpec) || "-1".equals(versionSpec)) {
            return versions.descendingMap().values().stream()
                    .filter(v -> includeDeleted || !v.deleted())
                    .findFirst()
                    .orElseThrow(() -> RegistryException.subjectNotFound(subject));
        }
        int number = parseVersion(versionSpec);
        Version v = versions.get(number);
        if (v == null || (v.deleted() && !includeDeleted)) {
            throw RegistryException.versionNotFound(subject, number);
        }
        return v;
    }

    private TreeMap<Integer, Version> existingSubject(String subject, boolean includeDeleted) {
        TreeMap<Integer, Version> versions = subjects.get(subject);
        if (versions == null || (!includeDeleted && versions.values().stream().allMatch(Version::deleted))) {
            throw RegistryException.subjectNotFound(subject);
        }
        return versions;
    }

    private static List<Schema> liveSchemas(TreeMap<Integer, Version> versions) {
        return versions.values().stream().filter(v -> !v.deleted()).map(Version::parsed).toList();
    }

    private static RegisteredVersion view(String subject, Version v) {
        return new RegisteredVersion(subject, v.version(), v.id(), v.schema());
    }

    private static int parseVersion(String versionSpec) {
        try {
            int number = Integer.parseInt(versionSpec);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw RegistryException.invalidVersion(versionSpec);
    }

    private static Schema parse(String schemaText) {
        if (schemaText == null || schemaText.isBlank()) {
            throw RegistryException.invalidSchema("the request has no \"schema\"");
        }
        try {
            return new Schema.Parser().parse(schemaText);
        } catch (RuntimeException e) {
            throw RegistryException.invalidSchema(e.getMessage());
        }
    }
}
