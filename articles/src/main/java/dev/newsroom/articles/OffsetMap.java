package dev.newsroom.articles;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps offsets in a cleaned text back to offsets in the original text it was cleaned from.
 * <p>
 * The map is a list of segments, each a run of characters copied unchanged from the original; they are
 * ordered by {@code cleanedStart} and do not overlap. Cleaned characters outside every segment were
 * synthesised by the cleaner (paragraph breaks, a plain space standing for a no-break space). The
 * segments correspond one to one to the Avro {@code OffsetSegment} records of {@code RawArticle}.
 */
public final class OffsetMap {

    /** A run of {@code length} characters equal in both texts, at {@code cleanedStart} and {@code originalStart}. */
    public record Segment(int cleanedStart, int originalStart, int length) {

        public int cleanedEnd() {
            return cleanedStart + length;
        }

        public int originalEnd() {
            return originalStart + length;
        }
    }

    /** A half-open range {@code [start, end)} of character offsets. */
    public record Span(int start, int end) {
    }

    private final List<Segment> segments;
    private final int[] cleanedStarts;

    public OffsetMap(List<Segment> segments) {
        this.segments = List.copyOf(segments);
        this.cleanedStarts = new int[this.segments.size()];
        for (int i = 0; i < cleanedStarts.length; i++) {
            Segment s = this.segments.get(i);
            if (i > 0 && s.cleanedStart() < this.segments.get(i - 1).cleanedEnd()) {
                throw new IllegalArgumentException("segments overlap or are out of order at " + s);
            }
            cleanedStarts[i] = s.cleanedStart();
        }
    }

    public List<Segment> segments() {
        return segments;
    }

    /**
     * The original offset of the cleaned character at {@code cleanedOffset}. A synthesised character maps
     * to the original position just after the preceding copied character (or 0 before any).
     */
    public int toOriginal(int cleanedOffset) {
        int i = segmentAtOrBefore(cleanedOffset);
        if (i < 0) {
            return segments.isEmpty() ? 0 : segments.get(0).originalStart();
        }
        Segment s = segments.get(i);
        if (cleanedOffset < s.cleanedEnd()) {
            return s.originalStart() + (cleanedOffset - s.cleanedStart());
        }
        return s.originalEnd();
    }

    /**
     * The original span covering the cleaned span {@code [start, end)}: from the first copied character at
     * or after {@code start} to the end of the last copied character before {@code end}. For a span that
     * starts and ends on copied characters (any word, any quote), the original span holds the same
     * characters, apart from synthesised separators inside it.
     */
    public Span toOriginal(int start, int end) {
        if (end < start) {
            throw new IllegalArgumentException("end " + end + " before start " + start);
        }
        if (end == start) {
            int at = toOriginal(start);
            return new Span(at, at);
        }
        int originalStart = firstCopiedAtOrAfter(start, end);
        int originalEnd = endOfLastCopiedBefore(end, start);
        if (originalStart < 0 || originalEnd < 0) {
            int at = toOriginal(start);
            return new Span(at, at);
        }
        return new Span(originalStart, originalEnd);
    }

    private int firstCopiedAtOrAfter(int start, int limit) {
        int i = segmentAtOrBefore(start);
        if (i >= 0 && start < segments.get(i).cleanedEnd()) {
            Segment s = segments.get(i);
            return s.originalStart() + (start - s.cleanedStart());
        }
        int next = i + 1;
        if (next < segments.size() && segments.get(next).cleanedStart() < limit) {
            return segments.get(next).originalStart();
        }
        return -1;
    }

    private int endOfLastCopiedBefore(int end, int limit) {
        int i = segmentAtOrBefore(end - 1);
        if (i < 0) {
            return -1;
        }
        Segment s = segments.get(i);
        if (end - 1 < s.cleanedEnd()) {
            return s.originalStart() + (end - s.cleanedStart());
        }
        return s.cleanedEnd() > limit ? s.originalEnd() : -1;
    }

    /** Index of the last segment whose cleanedStart is at or before {@code offset}, or -1. */
    private int segmentAtOrBefore(int offset) {
        int lo = 0;
        int hi = cleanedStarts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cleanedStarts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Builds a cleaned text and its offset map together, merging adjacent copies into one segment. */
    static final class Builder {

        private final String original;
        private final StringBuilder cleaned = new StringBuilder();
        private final List<Segment> segments = new ArrayList<>();

        Builder(String original) {
            this.original = original;
        }

        /** Appends {@code original[start, end)} unchanged. */
        Builder copy(int start, int end) {
            if (end <= start) {
                return this;
            }
            int length = end - start;
            int last = segments.size() - 1;
            if (last >= 0) {
                Segment s = segments.get(last);
                if (s.cleanedEnd() == cleaned.length() && s.originalEnd() == start) {
                    segments.set(last, new Segment(s.cleanedStart(), s.originalStart(), s.length() + length));
                    cleaned.append(original, start, end);
                    return this;
                }
            }
            segments.add(new Segment(cleaned.length(), start, length));
            cleaned.append(original, start, end);
            return this;
        }

        /** Appends characters that have no counterpart in the original. */
        Builder synthesise(CharSequence text) {
            cleaned.append(text);
            return this;
        }

        Builder synthesise(char c) {
            cleaned.append(c);
            return this;
        }

        int length() {
            return cleaned.length();
        }

        char lastChar() {
            return cleaned.length() == 0 ? '\n' : cleaned.charAt(cleaned.length() - 1);
        }

        String text() {
            return cleaned.toString();
        }

        OffsetMap map() {
            return new OffsetMap(segments);
        }
    }
}
