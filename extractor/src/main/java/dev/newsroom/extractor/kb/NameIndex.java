package dev.newsroom.extractor.kb;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

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

    private static final Pattern THE_AND_ONE_WORD = Pattern.compile("The \\S+");

    private final String what;
    private final Map<String, Target<T>> byAcronym = new HashMap<>();
    private final Map<String, Target<T>> byName = new HashMap<>();
    private int longestName;

    NameIndex(String what) {
        this.what = what;
    }

    void add(String name, T entry) {
        NameKey key = NameKey.of(name);
        if (key == null) {
            throw new IllegalArgumentException(what + " name '" + name + "' of " + entry.canonicalName() + " is empty");
        }
        Map<String, Target<T>> map = key.acronym() ? byAcronym : byName;
        boolean proper = !name.equals(name.toLowerCase());
        boolean needsArticle = THE_AND_ONE_WORD.matcher(name.strip()).matches();
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
        longestName = Math.max(longestName, key.key().split(" ").length);
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
                || target.proper() && text.equals(text.toLowerCase())
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

    /** The most words any name in this index has, once folded. */
    int longestName() {
        return longestName;
    }

    int size() {
        return byAcronym.size() + byName.size();
    }
}
