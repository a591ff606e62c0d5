package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ActorKind;
import dev.newsroom.extractor.model.ExtractedStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsroom.extractor.Statements.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** "he" and "she" refer to a person of their gender, or to an unnamed official who spoke last, or stay unnamed. */
class PronounSpeakersTest {

    @Test
    void sheRefersToTheWomanNamedInTheSentenceBefore() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Karl Brandtner met Ingrid Halvorsen in Oslo on Monday. She said the fishing talks had failed.
                """);
        assertEquals("Ingrid Halvorsen", find(all, "said", "the fishing talks had failed").speaker().name());
    }

    @Test
    void heRefersToTheManAnHonorificNamesNotToAWoman() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Mr Tomas Lindqvist welcomed the ruling. Later, Mrs Ada Kerrigan arrived in Dublin. He said the ruling would stand.
                """);
        assertEquals("Tomas Lindqvist", find(all, "said", "the ruling would stand").speaker().name());
    }

    @Test
    void sheWithNoWomanNamedStaysAnUnnamedSpeaker() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Mr Tomas Lindqvist welcomed the ruling on Monday. She said the ruling would not stand.
                """);
        ExtractedStatement s = find(all, "said", "the ruling would not stand");
        assertEquals(ActorKind.UNNAMED, s.speaker().kind());
    }

    @Test
    void heAfterAnUnnamedOfficialIsThatOfficial() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Prime Minister Karl Brandtner flew to Riga on Monday.
                An Estonian diplomat said the border deal was dead. He added that the talks would not resume.
                """);
        ExtractedStatement s = find(all, "added", "the talks would not resume");
        assertEquals(ActorKind.UNNAMED, s.speaker().kind());
        assertEquals("EST", s.speaker().side());
    }
}
