package dev.newsroom.registry;

import java.util.Locale;

/** Confluent's registry modes: whether a subject (or the whole registry) takes new schemas and deletes. */
public enum Mode {
    READWRITE,
    READONLY,
    READONLY_OVERRIDE,
    IMPORT;

    /** The mode named {@code name} (case-insensitive), or a 42204 error listing the valid names. */
    static Mode parse(String name) {
        if (name != null) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw RegistryException.invalidMode();
    }

    boolean writable() {
        return this == READWRITE || this == IMPORT;
    }
}
