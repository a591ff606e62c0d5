package dev.newsroom.cli.text;

/** "1 file", "2 files": a count with its noun in the right number. */
public final class Counts {

    private Counts() {
    }

    /** {@code noun} is the singular; the plural adds "s". */
    public static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
