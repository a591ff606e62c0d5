package dev.newsroom.extract.offsets;

import java.util.Comparator;
import java.util.List;

import dev.newsroom.events.OffsetSegment;

/**
 * Maps offsets in an article's cleaned text back to its original text, using the article's offset
 * map: runs of characters copied unchanged from the original. A span whose ends fall on synthesised
 * characters (outside every run) is narrowed to the copied characters inside it; a span with no
 * copied character at all has no original position.
 */
public final class OriginalOffsets {

    private final List<OffsetSegment> segments;

    public OriginalOffsets(List<OffsetSegment> segments) {
        this.segments = segments.stream().sorted(Comparator.comparingInt(OffsetSegment::getCleanedStart)).toList();
    }

    /** The original range [start, end) of the cleaned range [start, end), or null if nothing in it was copied. */
    public Range toOriginal(int cleanedStart, int cleanedEnd) {
        if (cleanedEnd <= cleanedStart) {
            Integer at = originalOf(cleanedStart);
            return at == null ? null : new Range(at, at);
        }
        Integer start = null;
        for (OffsetSegment segment : segments) {
            int segmentEnd = segment.getCleanedStart() + segment.getLength();
            if (segmentEnd > cleanedStart && segment.getCleanedStart() < cleanedEnd) {
                start = segment.getOriginalStart() + Math.max(0, cleanedStart - segment.getCleanedStart());
                break;
            }
        }
        if (start == null) {
            return null;
        }
        int end = start;
        for (int i = segments.size() - 1; i >= 0; i--) {
            OffsetSegment segment = segments.get(i);
            int segmentEnd = segment.getCleanedStart() + segment.getLength();
            if (segmentEnd > cleanedStart && segment.getCleanedStart() < cleanedEnd) {
                end = segment.getOriginalStart() + Math.min(segment.getLength(), cleanedEnd - segment.getCleanedStart());
                break;
            }
        }
        return new Range(start, end);
    }

    private Integer originalOf(int cleanedOffset) {
        for (OffsetSegment segment : segments) {
            if (cleanedOffset >= segment.getCleanedStart()
                    && cleanedOffset <= segment.getCleanedStart() + segment.getLength()) {
                return segment.getOriginalStart() + cleanedOffset - segment.getCleanedStart();
            }
        }
        return null;
    }

    /** A range [start, end) of original-text offsets. */
    public record Range(int start, int end) {
    }
}
