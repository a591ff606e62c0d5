package dev.newsroom.store.bench;

import dev.newsroom.events.ActorKind;
import dev.newsroom.events.ActorRef;
import dev.newsroom.events.Span;
import dev.newsroom.events.Statement;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.events.StatementEventType;
import dev.newsroom.events.StatementType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated stream of statement events shaped like news: a few actors and sides speak and are spoken about
 * far more than the rest (Zipf), articles carry a couple of dozen statements, a third of them conflictual.
 */
final class BenchData {

    private static final StatementType[] TYPES = StatementType.values();
    private static final String[] TOPICS = {"ceasefire", "hostages", "sanctions", "trade", "elections", "energy", "borders", "aid"};
    private static final String[] WORDS = ("the government will not accept any proposal that ignores the security of "
            + "our citizens and we call on all parties to return to talks without conditions as soon as possible").split(" ");

    private final Random random;
    private final ActorRef[] actors;
    private final double[] actorWeights;

    BenchData(long seed, int actorCount, int sideCount) {
        random = new Random(seed);
        actors = new ActorRef[actorCount];
        for (int i = 0; i < actorCount; i++) {
            String side = "S" + zipf(sideCount, 1.1);
            boolean government = i < sideCount;
            actors[i] = ActorRef.newBuilder()
                    .setId(government ? "gov:S" + i : "person:p" + i)
                    .setName(government ? "Government " + i : "Person " + i)
                    .setKind(government ? ActorKind.GOVERNMENT : ActorKind.PERSON)
                    .setSide(government ? "S" + i : side)
                    .setRole(government ? null : "minister " + (i % 7))
                    .build();
        }
        actorWeights = cumulativeZipf(actorCount, 1.0);
    }

    /** {@code perArticle} EXTRACTED events for each of {@code articles} articles, one day apart per 20 articles. */
    List<StatementEvent> events(int articles, int perArticle) {
        List<StatementEvent> events = new ArrayList<>(articles * perArticle);
        LocalDate start = LocalDate.parse("2030-01-01");
        for (int a = 0; a < articles; a++) {
            LocalDate day = start.plusDays(a / 20);
            Instant published = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            String articleId = "article-" + a;
            int offset = 0;
            for (int s = 0; s < perArticle; s++) {
                String sentence = sentence();
                events.add(event(articleId + "#" + s, articleId, day, published, sentence, offset));
                offset += sentence.length() + 1;
            }
        }
        return events;
    }

    private StatementEvent event(String statementId, String articleId, LocalDate day, Instant published, String text, int offset) {
        ActorRef speaker = pickActor();
        List<ActorRef> targets = new ArrayList<>();
        int targetCount = 1 + random.nextInt(2);
        while (targets.size() < targetCount) {
            ActorRef target = pickActor();
            if (target != speaker && !targets.contains(target)) {
                targets.add(target);
            }
        }
        StatementType type = random.nextDouble() < 0.33 ? TYPES[4 + random.nextInt(5)] : TYPES[random.nextInt(4)];
        Span content = Span.newBuilder().setText(text).setStart(offset).setEnd(offset + text.length()).build();
        Statement statement = Statement.newBuilder()
                .setSpeaker(speaker)
                .setMention(Span.newBuilder().setText(speaker.getName()).setStart(offset).setEnd(offset).build())
                .setCue(Span.newBuilder().setText("said").setStart(offset).setEnd(offset).build())
                .setContent(content)
                .setDirect(random.nextBoolean())
                .setTargets(targets)
                .setType(type)
                .setStance(Math.round((random.nextDouble() * 2 - 1) * 100) / 100.0)
                .setStatedAt(day)
                .setDisputes(List.of())
                .setTopics(List.of(TOPICS[random.nextInt(TOPICS.length)]))
                .build();
        return StatementEvent.newBuilder()
                .setEventId(statementId + "@1")
                .setEventType(StatementEventType.EXTRACTED)
                .setStatementId(statementId)
                .setArticleId(articleId)
                .setArticleVersion(1)
                .setEmittedAt(published)
                .setStatement(statement)
                .setArticleTitle("Generated article " + articleId)
                .setArticlePublishedAt(published)
                .build();
    }

    private String sentence() {
        var text = new StringBuilder();
        int words = 12 + random.nextInt(20);
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    private ActorRef pickActor() {
        double u = random.nextDouble();
        int low = 0;
        int high = actorWeights.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (actorWeights[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return actors[low];
    }

    private int zipf(int n, double exponent) {
        double[] cumulative = cumulativeZipf(n, exponent);
        double u = random.nextDouble();
        for (int i = 0; i < n; i++) {
            if (u <= cumulative[i]) {
                return i;
            }
        }
        return n - 1;
    }

    private static double[] cumulativeZipf(int n, double exponent) {
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, exponent);
            weights[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            weights[i] /= sum;
        }
        return weights;
    }

    ActorRef actor(int rank) {
        return actors[rank];
    }
}
