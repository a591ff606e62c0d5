package dev.newsroom.extractor;

import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ExtractedStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dispute ids of an article's statements: a conflictual statement from side A toward side B opens the
 * dispute "A~B" (codes sorted); every statement between A and B then belongs to it.
 */
final class Disputes {

    private Disputes() {
    }

    static String id(String a, String b) {
        return a.compareTo(b) < 0 ? a + "~" + b : b + "~" + a;
    }

    static List<ExtractedStatement> assign(List<ExtractedStatement> statements) {
        Set<String> open = new TreeSet<>();
        for (ExtractedStatement s : statements) {
            if (s.type().isConflictual()) {
                open.addAll(pairs(s));
            }
        }
        List<ExtractedStatement> out = new ArrayList<>(statements.size());
        for (ExtractedStatement s : statements) {
            List<String> disputes = pairs(s).stream().filter(open::contains).toList();
            out.add(new ExtractedStatement(s.speaker(), s.mention(), s.cue(), s.content(), s.direct(), s.targets(),
                    s.type(), s.stance(), s.via(), s.statedAt(), disputes, s.topics()));
        }
        return out;
    }

    private static Set<String> pairs(ExtractedStatement s) {
        Set<String> pairs = new TreeSet<>();
        String side = s.speaker().side();
        if (side == null) {
            return pairs;
        }
        for (Actor target : s.targets()) {
            if (target.side() != null && !target.side().equals(side)) {
                pairs.add(id(side, target.side()));
            }
        }
        return pairs;
    }
}
