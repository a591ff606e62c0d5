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

/**
 * A typed statement that names nobody ("We reject the allegation", "it was gravely concerned", "we will respond")
 * answers the side its speaker's side confronts most in the rest of the article (aims conflictual statements at,
 * or is aimed at by), when the article shows one. A plain statement ("said the talks went on") stays aimed at
 * no one: reporting facts is not addressing the other side.
 */
public final class Counterparts {

    public static final String EVIDENCE = "the side the speaker's side confronts most in the article";

    private Counterparts() {
    }

    public static List<ExtractedStatement> assign(List<ExtractedStatement> statements) {
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
        List<ExtractedStatement> out = new ArrayList<>(statements.size());
        for (ExtractedStatement s : statements) {
            Map<String, Integer> counts = confronted.get(s.speaker().side());
            if (s.targets().isEmpty() && counts != null && s.type() != StatementType.STATEMENT) {
                String side = Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
                s = new ExtractedStatement(s.speaker(), s.mention(), s.cue(), s.content(), s.direct(),
                        List.of(actorOfSide.get(side)), s.type(), s.stance(), s.via(), s.statedAt(), s.disputes(), s.topics());
            }
            out.add(s);
        }
        return out;
    }
}
