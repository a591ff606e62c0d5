package dev.newsroom.extractor;

import dev.newsroom.extractor.rules.CueLexicon;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Phrases read off a sentence's basic dependency tree, as article token indexes ({@code base} is the article
 * index of the sentence's first token; graph indexes start at 1).
 */
final class DependencyPhrases {

    /** Dependents of a speaker that are not part of the speaker's phrase. */
    private static final Set<String> CLAUSE_RELATIONS = Set.of("acl", "acl:relcl", "advcl", "ccomp", "parataxis",
            "dep", "xcomp", "conj", "cc", "punct");
    private static final Set<String> COMPARISON_WORDS = Set.of("like", "unlike", "including");
    /** Days and times the parse may hang on a speaker ("mediators on Friday urged ..."): when, not who. */
    private static final Pattern TIME_WORD = Pattern.compile("(?i)monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday|today|yesterday|tonight|morning|afternoon|evening|weekend");

    private DependencyPhrases() {
    }

    /** A speaker's phrase: its subtree without clauses, obliques and comparisons hanging off it. */
    static Set<Integer> phrase(SemanticGraph tree, IndexedWord head, int base) {
        Set<Integer> out = new TreeSet<>();
        IndexedWord node = tree.getNodeByIndexSafe(head.index());
        if (node == null) {
            out.add(base + head.index() - 1);
            return out;
        }
        collect(tree, node, base, out, true);
        return out;
    }

    static Set<Integer> subtree(SemanticGraph tree, IndexedWord node, int base) {
        Set<Integer> out = new TreeSet<>();
        if (node != null && tree.containsVertex(node)) {
            collect(tree, node, base, out, false);
        }
        return out;
    }

    private static void collect(SemanticGraph tree, IndexedWord node, int base, Set<Integer> out, boolean phraseOnly) {
        out.add(base + node.index() - 1);
        for (SemanticGraphEdge e : tree.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if (phraseOnly && (CLAUSE_RELATIONS.contains(rel) || rel.startsWith("obl") || rel.equals("nmod:tmod")
                    || comparison(tree, e.getDependent())
                    || rel.startsWith("nmod") && TIME_WORD.matcher(e.getDependent().word()).matches())) {
                continue;
            }
            if (!out.contains(base + e.getDependent().index() - 1)) {
                collect(tree, e.getDependent(), base, out, phraseOnly);
            }
        }
    }

    /** "The EU, like Japan, ...", "Kenya, unlike its neighbours, ...": a phrase compared with the speaker's. */
    private static boolean comparison(SemanticGraph tree, IndexedWord node) {
        return hasDependentWord(tree, node, "case", COMPARISON_WORDS);
    }

    /** Whether {@code node} has a dependent by a relation matching {@code relations} that is one of {@code words}. */
    static boolean hasDependentWord(SemanticGraph tree, IndexedWord node, String relations, Set<String> words) {
        for (SemanticGraphEdge e : tree.outgoingEdgeIterable(node)) {
            if (e.getRelation().toString().matches(relations)
                    && words.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a dependency subtree is a clause (has a verb), as a misparsed object of "insisted" can be. */
    static boolean isClause(SemanticGraph tree, IndexedWord head) {
        return tree.descendants(head).stream().anyMatch(w -> w.tag() != null && w.tag().startsWith("VB"));
    }

    /** Lemmas that may complete a phrasal cue: particles, prepositions of obliques, object heads. */
    static Map<String, IndexedWord> phraseDependents(SemanticGraph graph, IndexedWord cue) {
        Map<String, IndexedWord> out = new LinkedHashMap<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(cue)) {
            String rel = e.getRelation().toString();
            IndexedWord dep = e.getDependent();
            // "made it clear that ...": the adjective completes the phrase
            if (rel.equals("compound:prt") || rel.equals("obj") || rel.equals("mark") || rel.equals("nsubj:pass")
                    || rel.equals("xcomp") && dep.tag().startsWith("JJ")) {
                out.put(lemma(dep), dep);
            }
            if (rel.startsWith("obl") || rel.startsWith("advcl") || rel.startsWith("nmod")) {
                for (SemanticGraphEdge c : graph.outgoingEdgeIterable(dep)) {
                    if (c.getRelation().toString().equals("case") || c.getRelation().toString().equals("mark")) {
                        out.put(lemma(c.getDependent()), c.getDependent());
                    }
                }
            }
        }
        // "what he called a disaster", "the deal she calls a trap": a name given in passing, not a statement
        if (!namesInRelativeClause(graph, cue)) {
            predicate(graph, cue).ifPresent(p -> out.put(CueLexicon.PREDICATE, p));
        }
        return out;
    }

    /**
     * What a cue says its object is: "called it unacceptable" (xcomp), "called him a liar" (iobj + obj), "called
     * the plan a disaster" (obj + dep, or two objects), "called the president, among other things, a liar" (appos),
     * and what the parser makes of a quoted predicate: "called the lines “unacceptable”" (an adjective after the
     * object), "called the talks a “turning point”" (npmod), "called that “beyond absurd”" (a clause without subject).
     */
    private static Optional<IndexedWord> predicate(SemanticGraph graph, IndexedWord cue) {
        IndexedWord found = null;
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(cue)) {
            String rel = e.getRelation().toString();
            IndexedWord dep = e.getDependent();
            if (rel.equals("xcomp") && (isPredicate(dep) || isNominal(graph, dep)) || rel.equals("iobj")
                    || rel.equals("obj") && secondObject(graph, cue, dep)
                    || rel.equals("obl:npmod") && isNominal(graph, dep)
                    || rel.equals("dep") && isNominal(graph, dep) && secondObject(graph, cue, dep)
                    || rel.equals("ccomp") && isPredicate(dep) && !graph.hasChildWithReln(dep, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT)) {
                found = dep;
            } else if (rel.equals("obj")) {
                for (SemanticGraphEdge c : graph.outgoingEdgeIterable(dep)) {
                    String childRelation = c.getRelation().toString();
                    IndexedWord child = c.getDependent();
                    if (childRelation.matches("dep|xcomp") && isPredicate(child)
                            || childRelation.equals("appos") && isNominal(graph, child)
                            || childRelation.equals("amod") && child.index() > dep.index() + 1 && isPredicate(child)) {
                        found = child;
                    }
                }
            }
        }
        return Optional.ofNullable(found);
    }


    /** Whether the cue heads a relative clause or has a relative pronoun ("what", "which") among its dependents. */
    private static boolean namesInRelativeClause(SemanticGraph graph, IndexedWord cue) {
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(cue)) {
            if (e.getRelation().toString().startsWith("acl")) {
                return true;
            }
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(cue)) {
            IndexedWord dep = e.getDependent();
            if (dep.tag() != null && dep.tag().matches("WP|WDT") || dep.index() < cue.index()
                    && e.getRelation().toString().startsWith("obj")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code cue} has an object before {@code word}: "called [the plan] a disaster", "criticized [the decision] to ...". */
    static boolean secondObject(SemanticGraph graph, IndexedWord cue, IndexedWord object) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(cue)) {
            if (e.getRelation().toString().equals("obj") && e.getDependent().index() < object.index()) {
                return true;
            }
        }
        return false;
    }

    /** A word with an article of its own, whatever its tag: "a “slap in the face”" with "slap" tagged as a verb. */
    private static boolean isNominal(SemanticGraph graph, IndexedWord word) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(word)) {
            if (e.getRelation().toString().equals("det") && e.getDependent().index() < word.index()
                    && Set.of("a", "an").contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPredicate(IndexedWord word) {
        return word.tag() != null && word.tag().matches("NN.*|JJ.*");
    }

    static int min(Set<Integer> tokens) {
        return tokens.stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    static int max(Set<Integer> tokens) {
        return tokens.stream().mapToInt(Integer::intValue).max().orElse(-1);
    }

    static String lemma(IndexedWord w) {
        String lemma = w.lemma();
        return (lemma == null ? w.word() : lemma).toLowerCase(Locale.ROOT);
    }
}
