package dev.newsroom.extractor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.newsroom.extractor.model.*;

// TEMPORARY local stand-in until the real extractor lands; never committed to main.
public class Extractor {
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]+?),?\" ([A-Z][\\w']+(?: [A-Z][\\w']+)?)[^.]*? (said|told)");
    private static final Pattern SAID = Pattern.compile("([A-Z]\\w+ [A-Z]\\w+) (said|condemned) (that )?([^.\"]+)");
    public static Extractor create(ExtractorSettings s) { return new Extractor(); }
    public List<ExtractedStatement> extract(ArticleText t) {
        try { Thread.sleep(50); } catch (InterruptedException e) { throw new RuntimeException(e); }
        List<ExtractedStatement> out = new ArrayList<>();
        String text = t.text();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) out.add(st(text, m.start(2), m.end(2), m.start(3), m.end(3), m.start(1), m.end(1), true));
        m = SAID.matcher(text);
        while (m.find()) out.add(st(text, m.start(1), m.end(1), m.start(2), m.end(2), m.start(4), m.end(4), false));
        return out;
    }
    private static ExtractedStatement st(String text, int ms, int me, int cs, int ce, int ks, int ke, boolean direct) {
        String name = text.substring(ms, me);
        Actor a = new Actor("person:" + name.toLowerCase().replaceAll(".* ", ""), name, ActorKind.PERSON, null, null, null);
        return new ExtractedStatement(a, new TextSpan(name, ms, me), new TextSpan(text.substring(cs, ce), cs, ce),
                new TextSpan(text.substring(ks, ke), ks, ke), direct, List.of(), StatementType.STATEMENT, 0, null, null, List.of(), List.of());
    }
}
