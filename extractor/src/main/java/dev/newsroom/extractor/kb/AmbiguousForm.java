package dev.newsroom.extractor.kb;

import java.util.List;

/**
 * A word that names one of several states ("Congolese": COD or COG), resolved per article to the candidate the
 * article names unambiguously ({@code kb/ambiguous-forms.tsv}).
 */
public record AmbiguousForm(String form, EntryKind kind, List<String> candidates) {

    public AmbiguousForm {
        candidates = List.copyOf(candidates);
    }
}
