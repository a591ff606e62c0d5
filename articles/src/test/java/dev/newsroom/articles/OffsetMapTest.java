package dev.newsroom.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class OffsetMapTest {

    //                 0123456789012345678
    static final String ORIGINAL = "ab\u00A0cd\n\nJUNK\nef";

    /** "ab cd\n\nef": "ab" copied, the space synthesised, "cd" copied, the break synthesised, "ef" copied. */
    private static OffsetMap.Builder built() {
        return new OffsetMap.Builder(ORIGINAL).copy(0, 2).synthesise(' ').copy(3, 5).synthesise("\n\n").copy(12, 14);
    }

    @Test
    void builderMergesAdjacentCopiesAndRecordsSegments() {
        OffsetMap.Builder b = new OffsetMap.Builder("abcdef").copy(0, 2).copy(2, 4).synthesise("-").copy(4, 6);
        assertThat(b.text()).isEqualTo("abcd-ef");
        assertThat(b.map().segments()).containsExactly(new OffsetMap.Segment(0, 0, 4), new OffsetMap.Segment(5, 4, 2));
    }

    @Test
    void mapsCopiedAndSynthesisedOffsets() {
        OffsetMap.Builder b = built();
        assertThat(b.text()).isEqualTo("ab cd\n\nef");
        OffsetMap map = b.map();
        assertThat(map.toOriginal(0)).isZero();
        assertThat(map.toOriginal(3)).isEqualTo(3);
        assertThat(map.toOriginal(2)).isEqualTo(2);
        assertThat(map.toOriginal(7)).isEqualTo(12);
        assertThat(map.toOriginal(5)).isEqualTo(5);
        assertThat(map.toOriginal(9)).isEqualTo(14);
    }

    @Test
    void mapsSpansToTheSameCharacters() {
        OffsetMap map = built().map();
        assertThat(map.toOriginal(7, 9)).isEqualTo(new OffsetMap.Span(12, 14));
        assertThat(map.toOriginal(3, 5)).isEqualTo(new OffsetMap.Span(3, 5));
        assertThat(map.toOriginal(0, 5)).isEqualTo(new OffsetMap.Span(0, 5));
        // a span starting or ending on synthesised characters shrinks to the copied ones inside it
        assertThat(map.toOriginal(2, 9)).isEqualTo(new OffsetMap.Span(3, 14));
        assertThat(map.toOriginal(5, 7)).isEqualTo(new OffsetMap.Span(5, 5));
        assertThat(map.toOriginal(4, 4)).isEqualTo(new OffsetMap.Span(4, 4));
    }

    @Test
    void refusesOverlappingSegments() {
        assertThatThrownBy(() -> new OffsetMap(List.of(new OffsetMap.Segment(0, 0, 5), new OffsetMap.Segment(3, 10, 2))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
