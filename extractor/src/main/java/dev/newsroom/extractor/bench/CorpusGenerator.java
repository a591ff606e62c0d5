package dev.newsroom.extractor.bench;

import dev.newsroom.extractor.kb.Country;

import java.util.List;
import java.util.Random;

/**
 * News-like articles about a row between two states, made of template sentences in the attribution forms
 * the extractor handles, with invented officials, and as many background sentences without attribution.
 */
final class CorpusGenerator {

    private static final List<String> GIVEN = List.of("Anna", "Pavel", "Marta", "Jonas", "Leila", "Tomas", "Ines",
            "Kofi", "Sara", "Dmitri", "Elena", "Omar", "Hana", "Rafael", "Yusuf", "Clara");
    private static final List<String> SURNAMES = List.of("Novak", "Haddad", "Lindqvist", "Mensah", "Okafor", "Ruiz",
            "Petrov", "Kowal", "Ferreira", "Tanaka", "Adeyemi", "Halloran", "Vasquez", "Brandt", "Sato", "Moreau");
    private static final List<String> TOPICS = List.of("the fishing quota", "the border crossing", "the pipeline deal",
            "the detained sailors", "the tariff on steel", "the expelled diplomats", "the river dam", "the grain corridor");

    /** {A}/{B}: states, {Ad}/{Bd}: demonyms, {Ac}/{Bc}: capitals, {P}/{Q}: full names, {p}/{q}: surnames, {T}: topic. */
    private static final List<String> ATTRIBUTIONS = List.of(
            "{A}'s ambassador to {B}, {P}, told the local press on Monday that talks on {T} had stalled.",
            "“We will not accept any decision taken without us,” the envoy told reporters.",
            "{p} added that {Ac} would respond within days.",
            "{A} condemned the move and demanded that {Bc} reverse it at once.",
            "According to the {Bd} embassy in {Ac}, the meeting on {T} was routine.",
            "As the embassy noted, the {Bd} side had warned of the change weeks ago.",
            "The {Bd} foreign ministry spokesperson, {Q}, said relations remained ‘normal’ despite the dispute.",
            "{q} also rejected the criticism, calling it unfounded.",
            "“Nobody here wants a trade war over {T},” she said.",
            "{Bd} Deputy Foreign Minister {Q} urged both sides to return to the table.",
            "{Ac} has often criticised the plan and called for an independent review.",
            "An {Ad} official said the government would raise {T} at the next summit.",
            "{Bd} officials praised the offer of new survey data.",
            "In a statement, the {Ad} foreign ministry expressed concern about {T}.",
            "{p} insisted that {A} had acted within its rights.",
            "“This is a simple question of fairness,” {p} told reporters in {Ac}.");
    private static final List<String> BACKGROUND = List.of(
            "The two countries have argued over {T} for more than a decade.",
            "Trade between them reached a record last year, driven by energy and food exports.",
            "Negotiators met three times this spring without agreeing on a timetable.",
            "The region has seen several similar disputes since the old treaty expired.",
            "Local businesses fear that a long row would hit the summer season.",
            "A joint commission was set up in the nineties to settle such questions.",
            "Satellite images published last month showed new construction near the border.",
            "Opposition parties in both capitals have used the issue in their campaigns.");

    private final List<Country> countries;
    private final Random random;

    CorpusGenerator(List<Country> countries, Random random) {
        this.countries = countries;
        this.random = random;
    }

    String article(int words) {
        Country a = pick(countries);
        Country b = pick(countries);
        while (b == a) {
            b = pick(countries);
        }
        String p = pick(GIVEN) + " " + pick(SURNAMES);
        String q = pick(GIVEN) + " " + pick(SURNAMES);
        String topic = pick(TOPICS);
        StringBuilder text = new StringBuilder(a.name() + " and " + b.name() + " at odds over " + topic + "\n\n");
        int count = 0;
        int next = 0;
        while (count < words) {
            StringBuilder paragraph = new StringBuilder();
            for (int i = 0; i < 3 && count < words; i++) {
                String template = random.nextBoolean() ? pick(BACKGROUND) : ATTRIBUTIONS.get(next++ % ATTRIBUTIONS.size());
                String sentence = template.replace("{Ad}", a.demonyms().get(0)).replace("{Bd}", b.demonyms().get(0))
                        .replace("{Ac}", a.capitals().get(0)).replace("{Bc}", b.capitals().get(0))
                        .replace("{A}", a.name()).replace("{B}", b.name())
                        .replace("{P}", p).replace("{Q}", q).replace("{p}", surname(p)).replace("{q}", surname(q))
                        .replace("{T}", topic);
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
                count += sentence.split(" ").length;
            }
            text.append(paragraph).append("\n\n");
        }
        return text.toString();
    }

    private static String surname(String name) {
        return name.substring(name.indexOf(' ') + 1);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
