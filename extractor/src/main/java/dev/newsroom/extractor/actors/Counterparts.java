package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ExtractedStatement;
import dev.newsroom.extractor.model.StatementType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Targets a statement has from the article's dispute rather than its own words. A conflictual statement that names
 * nobody ("We reject the allegation", "it was gravely concerned", "we will respond") answers the side its
 * speaker's side confronts most in the rest of the article (aims conflictual statements at, or is aimed at by),
 * when the article shows one; other statements ("said the talks went on", "offered talks") stay aimed at no one
 * (a campaign story's endorsements and plans would otherwise aim at a foreign side it mentions). A statement
 * about "both sides" or "the two countries" is about the two sides of the article's main dispute.
 */
public final class Counterparts {

    public static final String EVIDENCE = "the side the speaker's side confronts most in the article";
    public static final String BOTH_SIDES_EVIDENCE = "'both sides' or 'the two countries': the sides of the article's main dispute";

    private static final Pattern BOTH_SIDES = Pattern.compile("\\b(?:[Bb]oth|[Tt]he two)\\s+(?:sides|countries|"
            + "governments|parties|nations|neighbou?rs|capitals|states|leaders)\\b");

    private Counterparts() {
    }

    /** Whether words of a statement (its addressee, its content) speak of both sides of a dispute. */
    public static boolean namesBothSides(String words) {
        return BOTH_SIDES.matcher(words).find();
    }

    /**
     * {@code bothSides}: per statement, whether its addressee or content speaks of both sides; {@code speaksForSide}:
     * whether its speaker speaks for their side (a government, a minister, a spokesperson, not a candidate), the
     * only speakers whose conflictual words without a target answer the article's row.
     */
    public static List<ExtractedStatement> assign(List<ExtractedStatement> statements, List<Boolean> bothSides,
                                                  List<Boolean> speaksForSide) {
        Map<String, Map<String, Integer>> confronted = new HashMap<>();
        Map<String, Actor> actorOfSide = new HashMap<>();
        for (ExtractedStatement s : statements) {
            if (s.speaker().side() != null && s.type().isConflictual()) {
                for (Actor t : s.targets()) {
                    confronted.computeIfAbsent(s.speaker().side(), k -> new LinkedHashMap<>()).merge(t.side(), 1, Integer::sum);
                    confronted.computeIfAbsent(t.side(), k -> new LinkedHashMap<>()).merge(s.speaker().side(), 1, Integer::sum);
                    actorOfSide.putIfAbsent(t.side(), t);
                }
                actorOfSide.putIfAbsent(s.speaker().side(), s.speaker());
            }
        }
        List<String> mainDispute = mainDispute(confronted);
        List<ExtractedStatement> out = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            ExtractedStatement s = statements.get(i);
            Map<String, Integer> counts = confronted.get(s.speaker().side());
            List<Actor> targets = s.targets();
            if (!mainDispute.isEmpty() && s.type() != StatementType.STATEMENT && bothSides.get(i)) {
                List<Actor> both = new ArrayList<>(targets);
                for (String side : mainDispute) {
                    if (!side.equals(s.speaker().side()) && both.stream().noneMatch(a -> side.equals(a.side()))) {
                        both.add(actorOfSide.get(side));
                    }
                }
                targets = both;
            } else if (targets.isEmpty() && counts != null && s.type().isConflictual() && speaksForSide.get(i)) {
                String side = Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
                targets = List.of(actorOfSide.get(side));
            }
            if (targets != s.targets()) {
                s = new ExtractedStatement(s.speaker(), s.mention(), s.cue(), s.content(), s.direct(),
                        targets, s.type(), s.stance(), s.via(), s.statedAt(), s.disputes(), s.topics());
            }
            out.add(s);
        }
        return out;
    }

    /** The two sides that confront each other most often in the article, or none. */
    private static List<String> mainDispute(Map<String, Map<String, Integer>> confronted) {
        String a = null;
        String b = null;
        int most = 0;
        for (Map.Entry<String, Map<String, Integer>> e : confronted.entrySet()) {
            for (Map.Entry<String, Integer> other : e.getValue().entrySet()) {
                if (other.getValue() > most || other.getValue() == most && a != null
                        && (e.getKey() + other.getKey()).compareTo(a + b) < 0) {
                    most = other.getValue();
                    a = e.getKey();
                    b = other.getKey();
                }
            }
        }
        return a == null ? List.of() : List.of(a, b);
    }
}
