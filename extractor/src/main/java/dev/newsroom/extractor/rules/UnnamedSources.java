package dev.newsroom.extractor.rules;

import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ActorKind;
import edu.stanford.nlp.ling.CoreLabel;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Sources no actor of the article resolves, kept as unnamed speakers rather than dropped or guessed: a
 * personal pronoun without a compatible antecedent ("they said", "I told"), a plural group ("critics argue",
 * "voters said": a plural of a people-noun ending), a number or quantifier of people ("six in 10 say", "many
 * said", "those surveyed say"), or a source noun of {@code rules/source-nouns.txt} ("a new poll shows").
 * "It" is left out: unresolved, it is mostly the empty subject of "it was reported".
 */
public final class UnnamedSources {

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("i", "we", "you", "they", "he", "she");
    /** Words that stand for a number of people: "many said", "most say", "those surveyed say", "all but two said". */
    private static final Set<String> QUANTIFIERS = Set.of("many", "most", "some", "several", "few", "all", "both",
            "those", "others", "everyone", "everybody", "nobody", "none");
    /** Plural nouns of people by their ending: "voters", "analysts", "Republicans", "residents", "democrats". */
    private static final Pattern AGENT_NOUN = Pattern.compile(".*(er|or|ist|ian|an|ant|ent|crat|ic|ee|ate)");

    /** A singular people-noun is a source with a determiner: "the scientist says", "a volunteer said". */
    private static final Pattern DETERMINED = Pattern.compile("(?i)^(the|a|an|one|another|this|that)\\s");

    private final Set<String> sourceNouns;
    private final Set<String> staffNouns;

    public UnnamedSources(Set<String> sourceNouns, Set<String> staffNouns) {
        this.sourceNouns = Set.copyOf(sourceNouns);
        this.staffNouns = Set.copyOf(staffNouns);
    }

    public static UnnamedSources load() {
        return new UnnamedSources(Set.copyOf(Tsv.lines("rules/source-nouns.txt")),
                Set.copyOf(Tsv.lines("rules/staff-nouns.txt")));
    }

    /** Whether a noun names someone speaking for another ({@code rules/staff-nouns.txt}): "X's spokeswoman". */
    public boolean staff(String lemma) {
        return staffNouns.contains(lemma);
    }

    /** The unnamed speaker a phrase with head token {@code head} names, when its head makes it a source. */
    public Optional<Actor> speaker(String phrase, CoreLabel head) {
        String word = head.word().toLowerCase(Locale.ROOT);
        String lemma = head.lemma() == null ? word : head.lemma().toLowerCase(Locale.ROOT);
        String tag = head.tag() == null ? "" : head.tag();
        boolean source = tag.startsWith("PRP") ? PERSONAL_PRONOUNS.contains(word)
                : tag.equals("CD") || QUANTIFIERS.contains(word) || tag.equals("NNPS") || tag.startsWith("NN") && (sourceNouns.contains(lemma)
                        || tag.equals("NNS") && AGENT_NOUN.matcher(lemma).matches()
                        || tag.equals("NN") && AGENT_NOUN.matcher(lemma).matches() && DETERMINED.matcher(phrase).find());
        return source ? Optional.of(any(phrase)) : Optional.empty();
    }

    /** The unnamed speaker a phrase names whatever its head: the source of "according to a 2014 audit". */
    public Actor any(String phrase) {
        String name = phrase.replaceFirst("(?i)^(the|a|an)\\s+", "");
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return new Actor("unnamed:" + slug, name, ActorKind.UNNAMED, null, null, null);
    }
}
