package dev.newsroom.extractor.kb;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names of one kind (country names, demonyms, media...) mapped to their entries. A name may map to one
 * entry only: a second entry under the same name is a data error, reported with both entries.
 */
final class NameIndex<T extends KbEntry> {

    /**
     * What a key maps to; whether every name written this way is a proper name (has a capital); whether every
     * one is "The" and a single word (The Times, The Hague), which in prose must keep its article.
     */
    private record Target<T>(T entry, boolean proper, boolean needsArticle) {
    }

    private final String what;
    private final Map<String, Target<T>> byAcronym = new HashMap<>();
    private final Map<String, Target<T>> byName = new HashMap<>();

    NameIndex(String what) {
        this.what = what;
    }

    void add(String name, T entry) {
        NameKey key = NameKey.of(name);
        if (key == null) {
            throw new IllegalArgumentException(what + " name '" + name + "' of " + entry.canonicalName() + " is empty");
        }
        Map<String, Target<T>> map = key.acronym() ? byAcronym : byName;
        boolean proper = hasUpperCase(name);
        boolean needsArticle = name.startsWith("The ") && name.indexOf(' ', 4) < 0;
        Target<T> previous = map.get(key.key());
        if (previous == null) {
            map.put(key.key(), new Target<>(entry, proper, needsArticle));
        } else if (previous.entry().equals(entry)) {
            map.put(key.key(), new Target<>(entry, proper && previous.proper(),
                    needsArticle && previous.needsArticle()));
        } else {
            throw new IllegalStateException(what + " name '" + name + "' maps to both "
                    + previous.entry().canonicalName() + " and " + entry.canonicalName());
        }
    }

    Optional<T> find(String text) {
        return Optional.ofNullable(target(text)).map(Target::entry);
    }

    /**
     * As {@link #find} for words found in running prose, which hold to stricter rules: a proper name must be
     * written with a capital, so the words "turkey" or "guinea pig" name no state, and a name that is "The"
     * and one word must follow "the" ({@code afterThe}), so "Times" alone is no newspaper.
     */
    Optional<T> findInProse(String text, boolean afterThe) {
        Target<T> target = target(text);
        if (target == null
                || target.proper() && !hasUpperCase(text)
                || target.needsArticle() && !afterThe) {
            return Optional.empty();
        }
        return Optional.of(target.entry());
    }

    private Target<T> target(String text) {
        NameKey key = NameKey.of(text);
        if (key == null) {
            return null;
        }
        if (key.acronym()) {
            Target<T> target = byAcronym.get(key.key());
            if (target != null) {
                return target;
            }
        }
        return byName.get(key.caseFolded().key());
    }

    private static boolean hasUpperCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Every key, lower-cased: what {@link KnowledgeBase#scan} looks for. */
    Set<String> keys() {
        Set<String> keys = new HashSet<>(byName.keySet());
        byAcronym.keySet().forEach(k -> keys.add(NameKey.lowerCase(k)));
        return keys;
    }

    int size() {
        return byAcronym.size() + byName.size();
    }
}
