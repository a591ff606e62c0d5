package dev.newsroom.e2e.generate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import dev.newsroom.e2e.client.Article;

/**
 * Synthetic but realistic diplomatic news for load and crash tests: two states at odds over a topic,
 * named officials speaking in direct quotes, indirect speech, "according to", demands, rejections
 * and conciliatory remarks. Deterministic for a given seed; every article has its own URL and text.
 */
public final class ArticleGenerator {

    private record State(String name, String demonym, String capital) {
    }

    private static final List<State> STATES = List.of(
            new State("France", "French", "Paris"), new State("Germany", "German", "Berlin"),
            new State("Japan", "Japanese", "Tokyo"), new State("Brazil", "Brazilian", "Brasilia"),
            new State("India", "Indian", "New Delhi"), new State("Canada", "Canadian", "Ottawa"),
            new State("Kenya", "Kenyan", "Nairobi"), new State("Mexico", "Mexican", "Mexico City"),
            new State("Egypt", "Egyptian", "Cairo"), new State("Australia", "Australian", "Canberra"),
            new State("Norway", "Norwegian", "Oslo"), new State("Spain", "Spanish", "Madrid"),
            new State("Poland", "Polish", "Warsaw"), new State("Argentina", "Argentine", "Buenos Aires"),
            new State("Indonesia", "Indonesian", "Jakarta"), new State("Nigeria", "Nigerian", "Abuja"));
    private static final List<String> FIRST_NAMES = List.of("Maria", "Jonas", "Aiko", "Rafael", "Priya", "Daniel",
            "Amina", "Lucas", "Ingrid", "Tomasz", "Elena", "Kwame", "Sofia", "Hiroshi", "Carmen", "Farid");
    private static final List<String> SURNAMES = List.of("Lindqvist", "Okafor", "Moreau", "Tanaka", "Kowalczyk",
            "Haddad", "Ferreira", "Brandt", "Castillo", "Mwangi", "Rasmussen", "Iyer", "Santoro", "Novak",
            "Delacroix", "Arnesen");
    private static final List<String> ROLES = List.of("foreign minister", "trade minister", "prime minister",
            "deputy foreign minister", "government spokesperson");
    private static final List<String> TOPICS = List.of("fishing rights", "grain exports", "tariffs on steel",
            "a detained journalist", "visa rules for students", "a gas pipeline", "a border crossing",
            "a hydroelectric dam", "airline landing rights", "the extradition of a banker");

    private final long seed;
    private final Instant start;

    public ArticleGenerator(long seed, Instant start) {
        this.seed = seed;
        this.start = start;
    }

    /** Article number {@code index} of this generator's series: the same for the same seed and index. */
    public Article article(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        State a = pick(random, STATES);
        State b = pick(random, STATES.stream().filter(s -> s != a).toList());
        State venue = pick(random, STATES.stream().filter(s -> s != a && s != b).toList());
        String speakerA = person(random);
        String speakerB = person(random);
        String roleA = pick(random, ROLES);
        String topic = pick(random, TOPICS);
        Instant publishedAt = start.plus(Duration.ofMinutes(37L * index));
        String weekday = ZonedDateTime.ofInstant(publishedAt.minus(Duration.ofDays(1 + random.nextInt(3))), ZoneOffset.UTC)
                .getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        int days = 5 + random.nextInt(25);
        int billions = 2 + random.nextInt(40);

        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(a.capital() + " — " + a.name() + " on " + weekday + " protested against " + b.name()
                + "'s decision on " + topic + ", calling it a breach of earlier agreements between the two countries.");
        paragraphs.add("\"This decision is unacceptable and it damages years of patient work,\" " + speakerA + ", "
                + a.demonym() + " " + roleA + ", told reporters in " + a.capital() + ".");
        paragraphs.add(speakerB + ", " + b.name() + "'s ambassador to " + a.name() + ", said that the measures were"
                + " lawful and that " + b.name() + " remained open to talks.");
        if (random.nextBoolean()) {
            paragraphs.add("According to " + surname(speakerA) + ", the dispute over " + topic
                    + " has already cost exporters millions of dollars.");
        }
        paragraphs.add("The " + a.demonym() + " Foreign Ministry demanded that " + b.name()
                + " reverse the decision within " + days + " days.");
        if (random.nextBoolean()) {
            paragraphs.add(surname(speakerB) + " rejected the accusations, saying " + b.name()
                    + " had acted in line with international law.");
        }
        paragraphs.add("Trade between the two countries reached " + billions + " billion dollars last year,"
                + " according to official figures.");
        paragraphs.add("Both governments said they hoped to settle the matter at a meeting in " + venue.capital()
                + " later this month.");

        String title = a.name() + " protests " + b.demonym() + " move on " + topic + " (" + (index + 1) + ")";
        String url = "https://bench.newsroom.example/world/" + Long.toHexString(random.nextLong()) + "-" + index;
        return new Article(url, title, String.join("\n\n", paragraphs), publishedAt, "Newsroom Bench Wire");
    }

    private static String person(SplittableRandom random) {
        return pick(random, FIRST_NAMES) + " " + pick(random, SURNAMES);
    }

    private static String surname(String person) {
        return person.substring(person.indexOf(' ') + 1);
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
