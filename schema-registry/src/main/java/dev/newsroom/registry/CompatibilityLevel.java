package dev.newsroom.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * Confluent's compatibility levels, checked with Avro's own schema resolution rules
 * ({@link SchemaCompatibility}).
 */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean newReadsOld;
    private final boolean oldReadsNew;
    private final boolean transitive;

    CompatibilityLevel(boolean newReadsOld, boolean oldReadsNew, boolean transitive) {
        this.newReadsOld = newReadsOld;
        this.oldReadsNew = oldReadsNew;
        this.transitive = transitive;
    }

    /** The level named {@code name} (case-insensitive), or a 42203 error listing the valid names. */
    static CompatibilityLevel parse(String name) {
        if (name != null) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw RegistryException.invalidCompatibilityLevel(name);
    }

    /**
     * Checks {@code candidate} against the existing versions of a subject, oldest first.
     *
     * @return one message per problem found; empty when the candidate is compatible
     */
    List<String> check(Schema candidate, List<Schema> existingOldestFirst) {
        if (this == NONE || existingOldestFirst.isEmpty()) {
            return List.of();
        }
        List<Schema> against = transitive
                ? existingOldestFirst
                : List.of(existingOldestFirst.get(existingOldestFirst.size() - 1));
        List<String> problems = new ArrayList<>();
        for (Schema existing : against) {
            if (newReadsOld) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, existing),
                        "the new schema cannot read data written with an older schema", problems);
            }
            if (oldReadsNew) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(existing, candidate),
                        "an older schema cannot read data written with the new schema", problems);
            }
        }
        return problems;
    }

    private static void describe(SchemaCompatibility.SchemaPairCompatibility result, String direction,
            List<String> problems) {
        if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
            return;
        }
        for (Incompatibility incompatibility : result.getResult().getIncompatibilities()) {
            problems.add("%s: %s at %s (%s)".formatted(direction, incompatibility.getType(),
                    incompatibility.getLocation(), incompatibility.getMessage()));
        }
    }
}
