package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.kb.Country;
import dev.newsroom.extractor.kb.EntryKind;
import dev.newsroom.extractor.kb.KnowledgeBase;
import dev.newsroom.extractor.kb.Role;

import java.util.Optional;

/** The roles a phrase gives its head: "Chile's ambassador to Peru" → ambassador to Peru (diplomat). */
final class Titles {

    /** A role read from a title: its text and its category. */
    record Title(String role, String category) {
    }

    private final KnowledgeBase kb;
    private final ArticleTokens tokens;
    private final KbMentions mentions;

    Titles(KnowledgeBase kb, ArticleTokens tokens, KbMentions mentions) {
        this.kb = kb;
        this.tokens = tokens;
        this.mentions = mentions;
    }

    /** The first role named in [start, end) outside place phrases, with its destination ("ambassador to Peru"). */
    Optional<Title> in(int start, int end) {
        for (int i = start; i < end; i++) {
            KbMention g = mentions.at(i);
            if (g != null && g.kind() == EntryKind.ROLE && !tokens.insidePlacePhrase(start, i)) {
                Role role = (Role) g.entry();
                String text = role.role();
                if (g.end() + 1 < end && tokens.word(g.end()).equalsIgnoreCase("to")) {
                    KbMention dest = mentions.at(g.end() + 1);
                    if (dest != null && dest.entry() instanceof Country c) {
                        text += " to " + c.name();
                    }
                }
                return Optional.of(new Title(text, role.category()));
            }
        }
        return Optional.empty();
    }

    /** Whether [start, end) names a role anywhere, also a word the role list knows alone ("first minister"). */
    boolean namesRole(int start, int end) {
        for (int i = start; i < end; i++) {
            KbMention g = mentions.at(i);
            if (g != null && g.kind() == EntryKind.ROLE || kb.role(tokens.word(i)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The role a phrase's head word is: "the ambassador", "a senior foreign ministry official". */
    Optional<Role> ofHead(int start, int end, int head) {
        KbMention g = mentions.at(head);
        if (g != null && g.kind() == EntryKind.ROLE) {
            return Optional.of((Role) g.entry());
        }
        for (KbMention x : mentions.all()) {
            if (x.start() >= start && x.end() <= end && x.kind() == EntryKind.ROLE && x.end() == head + 1) {
                return Optional.of((Role) x.entry());
            }
        }
        return kb.role(tokens.word(head));
    }
}
