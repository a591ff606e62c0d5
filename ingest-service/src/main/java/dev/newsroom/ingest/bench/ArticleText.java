package dev.newsroom.ingest.bench;

import java.util.SplittableRandom;

/** Generated English news text of a given size: a title line, then paragraphs of random sentences. */
final class ArticleText {

    private static final String[] WORDS = ("the minister said on tuesday that talks with the delegation would continue "
            + "despite objections from opposition parties officials in the capital told reporters the agreement "
            + "covered trade energy and security while critics warned of delays a spokesperson for the ministry "
            + "added that the government remained committed to dialogue and expected a response within weeks "
            + "analysts noted growing pressure from neighbouring states and international organisations").split(" ");

    private ArticleText() {
    }

    /** About {@code size} characters of body text, paragraphs separated by blank lines. */
    static String body(SplittableRandom random, int size) {
        StringBuilder body = new StringBuilder(size + 200);
        while (body.length() < size - 100) {
            int words = 8 + random.nextInt(16);
            StringBuilder sentence = new StringBuilder();
            for (int w = 0; w < words; w++) {
                sentence.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
            body.append(sentence).append(random.nextInt(6) == 0 ? ".\n\n" : ". ");
        }
        return body.toString().strip();
    }

    static String generate(SplittableRandom random, int size, String title) {
        return title + "\n\n" + body(random, size);
    }
}
