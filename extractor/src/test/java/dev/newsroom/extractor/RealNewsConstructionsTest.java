package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ExtractedStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsroom.extractor.Statements.describe;
import static dev.newsroom.extractor.model.ActorKind.GOVERNMENT;
import static dev.newsroom.extractor.model.ActorKind.UNNAMED;
import static dev.newsroom.extractor.model.StatementType.PROTEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Constructions of published news the first rules missed, on invented sentences, with their negatives. */
class RealNewsConstructionsTest {

    private static ExtractedStatement withCue(List<ExtractedStatement> all, String cue) {
        return all.stream().filter(s -> s.cue().text().equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with cue '" + cue + "' in:\n" + describe(all)));
    }

    private static ExtractedStatement withMention(List<ExtractedStatement> all, String mention) {
        return all.stream().filter(s -> s.mention().text().equals(mention)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with mention '" + mention + "' in:\n" + describe(all)));
    }

    @Test
    void aQuoteInterruptedByItsAttributionRunsOnToItsSecondPart() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                “We will not sign this deal,” the fisheries minister Tomas Berg said. “It hands our waters to strangers.”

                “The talks are over,” Berg said. “Nobody wants them back,” the union leader Ida Sund replied.
                """);
        ExtractedStatement joined = withCue(all, "said");
        assertTrue(joined.direct());
        assertTrue(joined.content().text().startsWith("We will not sign this deal"), joined.content().text());
        assertTrue(joined.content().text().contains("It hands our waters to strangers"), joined.content().text());
        // a second quote another cue claims is not a continuation
        assertTrue(all.stream().anyMatch(s -> s.content().text().equals("The talks are over")), describe(all));
    }

    @Test
    void aQuoteRunsOnToItsSecondPartAfterALongAttribution() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                “We will not give up,” said Ann Lee, the chairwoman of the regional fishing cooperative, who was re-elected last week. “The quotas are unfair.”
                """);
        ExtractedStatement s = withCue(all, "said");
        assertTrue(s.content().text().startsWith("We will not give up") && s.content().text().endsWith("The quotas are unfair."),
                s.content().text());
    }

    @Test
    void numbersAndQuantifiersOfPeopleAreUnnamedSources() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                A new survey of the region was published on Monday.

                Six in 10 say the ferry should run at night. Asked about the ferry, those surveyed say the harbour should come first. Many said the fares were too high.
                """);
        for (String content : List.of("the ferry should run at night", "the harbour should come first", "the fares were too high")) {
            assertEquals(UNNAMED, all.stream().filter(s -> s.content().text().equals(content)).findFirst()
                    .orElseThrow(() -> new AssertionError(content + " not in:\n" + describe(all))).speaker().kind());
        }
    }

    @Test
    void aQuoteEndingAParagraphIsNotWhatTheNextParagraphReports() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                “It is a hard choice,” said the Ohio senator, “because it sets two rights against each other. I chose caution.”
                Wexler said the real extremist on taxes is Mary Lopez, and he railed against the moderators for ignoring taxes.
                """);
        ExtractedStatement senator = withMention(all, "the Ohio senator");
        assertTrue(senator.content().text().contains("I chose caution"), senator.content().text());
        ExtractedStatement wexler = withMention(all, "Wexler");
        assertTrue(wexler.content().text().startsWith("the real extremist on taxes"), wexler.content().text());
    }

    @Test
    void anAttributionClosingItsSentenceReportsTheClauseBeforeIt() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                The agency has not used the phone records, officials said.
                """);
        assertEquals("The agency has not used the phone records", withCue(all, "said").content().text());
        // a place before the comma is not a clause
        assertTrue(SharedExtractor.extract("""
                In the capital on Monday, Mary Lopez said.
                """).isEmpty());
    }

    @Test
    void unnamedGroupsAndDeterminedPeopleNounsAreSources() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Tenant advocates said the new rules made the fight more urgent.

                The 40-year-old engineer says she does not take such warnings lightly.
                """);
        assertEquals(UNNAMED, withCue(all, "said").speaker().kind());
        assertEquals("Tenant advocates", withCue(all, "said").mention().text());
        assertEquals("The 40-year-old engineer", withCue(all, "says").mention().text());
    }

    @Test
    void aSubjectAfterTheVerbOfAQuoteIsItsSpeakerEvenWhenParsedAsAnObject() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                “It is going to be hard to finish it in a quick turnaround,” said a longtime data expert.
                """);
        ExtractedStatement s = withCue(all, "said");
        assertEquals("a longtime data expert", s.mention().text());
        assertEquals("It is going to be hard to finish it in a quick turnaround", s.content().text());
    }

    @Test
    void aQuoteRightAfterTheAttributionBeatsAParticipleBeforeIt() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Holding up a map, Becker said, “This is where the new road will run. Nobody asked us.”
                """);
        assertTrue(withCue(all, "said").content().text().startsWith("This is where the new road will run"),
                describe(all));
    }

    @Test
    void continuingAgreeingAndRemindingReportSpeech() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                The mayor continued: “We will rebuild the bridge before winter.”

                Most council members agreed that the budget was too small.

                Ines Varga reminded voters that the tax had been her idea.
                """);
        assertEquals("We will rebuild the bridge before winter.", withCue(all, "continued").content().text());
        assertEquals("the budget was too small", withCue(all, "agreed").content().text());
        assertTrue(withCue(all, "reminded").content().text().contains("the tax had been her idea"), describe(all));
    }

    @Test
    void aShortQuoteInterruptedByItsAttributionRunsOnToItsSecondPart() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                "They sue," Ilse Brandt said. "Everybody sues these days, right?"
                """);
        ExtractedStatement s = withCue(all, "said");
        assertTrue(s.direct());
        assertTrue(s.content().text().startsWith("They sue") && s.content().text().endsWith("right?"), s.content().text());
    }

    @Test
    void mixedQuotationMarksCloseAQuote() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                The ministry answered on Monday. "Norway firmly rejects the absurd pretexts behind it,” the statement read.
                """);
        assertEquals("Norway firmly rejects the absurd pretexts behind it", withCue(all, "read").content().text());
    }

    @Test
    void aQuestionThenTheVerbAndItsSpeakerInASentenceOfTheirOwn() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                “Do you really expect us to support such a proposal?” asked the Danish ambassador.
                """);
        ExtractedStatement s = withCue(all, "asked");
        assertEquals("the Danish ambassador", s.mention().text());
        assertTrue(s.content().text().startsWith("Do you really expect us"), describe(all));
    }

    @Test
    void callingSomethingByANameOrQualityIsAStatementAboutIt() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Mayor Tom Keller called the plan a disaster for the city.
                """);
        assertTrue(withCue(all, "called").content().text().startsWith("the plan a disaster"), describe(all));
        // a call with no predicate said of its object reports nothing
        assertTrue(SharedExtractor.extract("""
                Mayor Tom Keller called his lawyer.
                """).isEmpty());
    }

    @Test
    void doubledApostrophesQuote() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                ''We have the votes to pass it,'' Senator Alma Carver said on Tuesday.
                """);
        ExtractedStatement s = withCue(all, "said");
        assertEquals("We have the votes to pass it", s.content().text());
        assertTrue(s.direct());
    }

    @Test
    void anAttributionSetOffByCommasKeepsTheContentAroundIt() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                The new levy, Paul Ames said, would fall hardest on small farmers.
                """);
        String content = withCue(all, "said").content().text();
        assertTrue(content.startsWith("The new levy") && content.endsWith("small farmers"), content);
    }

    @Test
    void aDiplomaticActWithAReasonIsAProtestOfTheActingGovernment() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Chile summons Peruvian ambassador over border remarks

                SANTIAGO — Chile summoned Peru's ambassador on Monday over remarks about the maritime border.
                Chile also recalled its ambassador in Lima for consultations.
                """);
        ExtractedStatement headline = withCue(all, "summons");
        assertEquals("Chile", headline.speaker().name());
        assertEquals(GOVERNMENT, headline.speaker().kind());
        assertEquals(PROTEST, headline.type());
        ExtractedStatement act = withCue(all, "summoned");
        assertEquals("Chile", act.speaker().name());
        assertEquals(PROTEST, act.type());
        assertTrue(act.content().text().contains("over remarks about the maritime border"), act.content().text());
        // an act without a stated reason reports nothing
        assertFalse(all.stream().anyMatch(s -> s.cue().text().startsWith("recalled")), describe(all));
    }

    @Test
    void beliefsAndIntentionsOfUnnamedSourcesAreAttributions() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Party strategists believe the turnout in the valley will be low.
                A new poll shows that the mayor is trailing by six points.
                It was reported that the plant would close.
                """);
        ExtractedStatement belief = withCue(all, "believe");
        assertEquals("Party strategists", belief.mention().text());
        assertEquals(UNNAMED, belief.speaker().kind());
        assertEquals("A new poll", withCue(all, "shows").mention().text());
        // "it" of "it was reported" names no source
        assertFalse(all.stream().anyMatch(s -> s.cue().text().equals("reported")), describe(all));
    }

    @Test
    void aPronounWithoutAntecedentStaysAnUnnamedSpeaker() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                The shelter on Pine Street closed its doors at midnight. They said no beds were left.
                """);
        ExtractedStatement s = withCue(all, "said");
        assertEquals("They", s.mention().text());
        assertEquals(UNNAMED, s.speaker().kind());
    }

    @Test
    void theRelativePronounIsTheMentionOfItsAntecedentsWords() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Carla Mendes, who said the bridge was unsafe, resigned from the council on Friday.
                """);
        ExtractedStatement s = withCue(all, "said");
        assertEquals("who", s.mention().text());
        assertEquals("Carla Mendes", s.speaker().name());
    }

    @Test
    void theSpokeswomanSpeaksNotTheSenatorWhoseSpokeswomanSheIs() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Senator Mark Dalton's spokeswoman, Ann Lee, said the vote would be delayed.
                """);
        assertEquals("Ann Lee", withCue(all, "said").speaker().name());
    }

    @Test
    void aComparedPhraseIsNoPartOfTheSpeaker() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                The European Union, like Japan, stressed that the vote was flawed.
                """);
        ExtractedStatement s = withCue(all, "stressed");
        assertEquals("The European Union", s.mention().text());
        assertEquals("European Union", s.speaker().name());
    }

    @Test
    void pollSharesAndDocumentsAreUnnamedSources() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                In the new survey, 62 percent said the economy was getting worse.
                "The county has failed its voters for a decade," the lawsuit says.
                The editorial argued that the mayor should resign before the vote.
                The book was published in May and sold well.
                """);
        ExtractedStatement share = withCue(all, "said");
        assertEquals("62 percent", share.mention().text());
        assertEquals(UNNAMED, share.speaker().kind());
        assertEquals("the economy was getting worse", share.content().text());
        assertEquals("the lawsuit", withCue(all, "says").mention().text());
        assertEquals("The editorial", withCue(all, "argued").mention().text());
        // a document that is no subject of a cue states nothing
        assertEquals(3, all.size(), describe(all));
    }

    @Test
    void accordingToNamesItsSourceWhateverItIs() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                The pumping station will close in March, according to a 2019 audit of the water board.
                """);
        ExtractedStatement s = withCue(all, "according to");
        assertEquals("a 2019 audit of the water board", s.mention().text());
        assertEquals(UNNAMED, s.speaker().kind());
        assertTrue(s.content().text().startsWith("The pumping station will close in March"), s.content().text());
    }

    @Test
    void attitudesTowardAnObjectAreAttributions() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Councilwoman Ida Brandt mocked the budget plan at the town meeting.
                Mayor Paul Ames cited rising fuel costs.
                The old bridge was cited in an engineering survey last year.
                """);
        assertEquals("the budget plan at the town meeting", withCue(all, "mocked").content().text());
        assertEquals("Ames", withCue(all, "cited").speaker().name().replaceAll(".* ", ""));
        // a passive cue without an agent names no source
        assertEquals(2, all.size(), describe(all));
    }

    @Test
    void aQuotedTitleInTheAttributionDoesNotStopTheQuoteGoingOn() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                “We will fund every rural clinic,” Senator Alma Carver said on “Morning Report” Sunday. “No county will be left out.”

                “The budget is closed,” Paul Ames said. “Nobody wants to reopen it,” Ida Sund replied.
                """);
        String joined = withCue(all, "said").content().text();
        assertTrue(joined.startsWith("We will fund every rural clinic") && joined.contains("No county will be left out"), joined);
        // a quote another cue claims is no continuation
        assertTrue(all.stream().anyMatch(s -> s.content().text().equals("The budget is closed")), describe(all));
    }

    @Test
    void callingSomethingANameIsParsedForWhateverTheTaggerMakesOfTheName() {
        List<ExtractedStatement> slap = SharedExtractor.extract("""
                Port row

                Mayor Tom Keller called the sale of the port a "slap in the face".
                """);
        assertTrue(withCue(slap, "called").content().text().startsWith("the sale of the port a"), describe(slap));
        List<ExtractedStatement> raid = SharedExtractor.extract("""
                Governor Ann Ruiz called the raid a “gross breach of the treaty” and ordered an inquiry.
                """);
        assertTrue(withCue(raid, "called").content().text().startsWith("the raid a"), describe(raid));
        assertFalse(withCue(raid, "called").content().text().contains("inquiry"), describe(raid));
    }

    @Test
    void aQuotedPredicateTheParserAttachesElsewhereStillMakesACall() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Port row

                Governor Ann Lee called the ferry queues "disgraceful."

                Nathan Oyelaran, executive director of the harbour union, called the vote a "historic step" for the town.

                Campaign manager Jeff Berg called that "utterly absurd."
                """);
        for (String speaker : List.of("Ann Lee", "Nathan Oyelaran", "Jeff Berg")) {
            assertTrue(all.stream().anyMatch(s -> s.cue().text().equals("called") && s.speaker().name().equals(speaker)),
                    speaker + " in:\n" + describe(all));
        }
    }

    @Test
    void findingsOfDataAndResearchAndPhrasesOfOpinionAreAttributed() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Harbour news

                Official data suggest that the herring catch fell last year. Mayor Ann Lee railed against the new harbour fees.
                Most fishers prefer the old quotas.
                """);
        assertEquals(UNNAMED, withCue(all, "suggest").speaker().kind());
        assertEquals("the new harbour fees", withCue(all, "railed against").content().text());
        assertEquals("the old quotas", withCue(all, "prefer").content().text());
    }

    @Test
    void aNameGivenInARelativeClauseIsNoStatement() {
        assertTrue(SharedExtractor.extract("""
                The council approved what Mayor Tom Keller called the most generous budget in years.
                """).isEmpty());
    }

    @Test
    void aCueJoinedToAnEventNarratedInsideTheReportKeepsItsOwnSubject() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Envoy row

                The Peruvian foreign ministry said on Monday that it had recalled its ambassador from Santiago after Chile summoned the Peruvian envoy and declared him persona non grata over his remarks.

                The ministry said the talks had ended when Bolivia summoned the Chilean consul and accused him of spying.
                """);
        assertEquals("CHL", withCue(all, "declared").speaker().side(), describe(all));
        assertEquals("BOL", withCue(all, "accused").speaker().side(), describe(all));
    }

    @Test
    void sentencesAScrapedPageGluedTogetherAreSplitAtTheirPeriod() {
        String text = """
                Sweden's trade minister met the Norwegian ambassador on Monday, saying the curbs were a breach of trust.\
                She requested that Oslo withdraw the curbs at once. Details are at www.example.com.Readers may write in.
                """;
        List<ExtractedStatement> all = SharedExtractor.extract(text);
        ExtractedStatement request = withCue(all, "requested");
        assertEquals("Oslo withdraw the curbs at once", request.content().text());
        assertEquals(text.indexOf("Oslo withdraw"), request.content().start());
        // a web address keeps its periods
        assertTrue(all.stream().noneMatch(s -> s.content().text().contains("example")), describe(all));
    }

    @Test
    void aVerdictOnADecisionToDoSomethingJudgesTheDecisionAnAppealsInfinitiveIsItsContent() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Norway's fisheries minister criticized the Swedish ministry's decision to close the strait.
                The Danish foreign minister urged Sweden to reopen the strait.
                Finland objected to the closure of the strait, its foreign ministry said.
                """);
        assertEquals("the Swedish ministry's decision to close the strait", withCue(all, "criticized").content().text());
        assertEquals("to reopen the strait", withCue(all, "urged").content().text());
        assertEquals("the closure of the strait", withCue(all, "objected to").content().text());
    }

    @Test
    void anActClaimedByAGroupIsNoStatementWhoseContentIsTheGroupItself() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                The report lists the killing of a Norwegian border guard that was claimed by the Islamic State group.
                """);
        assertTrue(all.stream().noneMatch(s -> s.mention().start() <= s.content().start()
                && s.content().end() <= s.mention().end()), describe(all));
    }

    @Test
    void aStateNamedInsideTheSpeakersPhraseAfterItsHeadIsNotTheSpeaker() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Opponents of admitting Syrian refugees into the town said the plan was rushed.
                The Syrian government said the plan was welcome.
                """);
        assertTrue(all.stream().noneMatch(s -> s.content().text().equals("the plan was rushed")
                && "SYR".equals(s.speaker().side())), describe(all));
        assertEquals("SYR", all.stream().filter(s -> s.content().text().equals("the plan was welcome")).findFirst()
                .orElseThrow().speaker().side());
    }

    @Test
    void makingClearClarifyingSpeakingOfLikeningAndJustifyingAreAttributions() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                The party's spokesman made it clear that the leader does not accept the verdict.
                A government spokesman clarifies he does not believe the report is accurate.
                Earlier on Friday, a senior Danish diplomat spoke of a crisis in relations with Norway.
                The president accused the rebels of torching villages, likening the raids to a massacre.
                The minister justified the new law as a measure needed for public safety.
                The party made clear its dislike of the plan.
                """);
        assertEquals("the leader does not accept the verdict", withCue(all, "made it clear").content().text());
        assertEquals("he does not believe the report is accurate", withCue(all, "clarifies").content().text());
        assertEquals("a crisis in relations with Norway", withCue(all, "spoke of").content().text());
        assertEquals("the raids to a massacre", withCue(all, "likening").content().text());
        assertTrue(withCue(all, "justified").content().text().startsWith("the new law as a measure"), describe(all));
        // "made clear" with an object, not a reported clause, is no statement of its own
        assertTrue(all.stream().noneMatch(s -> s.content().text().contains("dislike")), describe(all));
    }

    @Test
    void theNearestWordCompletesAPhrasalCueAndAnObjectBeforeThePrepositionIsContent() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Vice Foreign Minister Lena Holm called in Norway's top envoy in Stockholm on Monday to lodge a protest over the fishing quotas.
                In a statement, the president's office framed the denial as a step to protect returning citizens.
                """);
        ExtractedStatement protest = all.stream().filter(s -> s.type() == PROTEST).findFirst()
                .orElseThrow(() -> new AssertionError(describe(all)));
        assertTrue(protest.content().text().contains("over the fishing quotas"), describe(all));
        assertTrue(all.stream().noneMatch(s -> s.cue().text().startsWith("called") && s.type() != PROTEST), describe(all));
        // the cue is the verb: the object between it and "as" is not part of the cue
        assertTrue(withCue(all, "framed").content().text().endsWith("as a step to protect returning citizens"), describe(all));
    }

    @Test
    void aWireDatelineIsASentenceOfItsOwn() {
        String text = """
                STOCKHOLM, July 1 (Nordic News) -- Vice Foreign Minister Lena Holm called in Norway's top envoy in Stockholm on Monday to lodge a protest over the fishing quotas.
                OSLO (AP) — The Norwegian foreign ministry said the quotas were fair.
                """;
        List<ExtractedStatement> all = SharedExtractor.extract(text);
        assertTrue(all.stream().anyMatch(s -> s.type() == PROTEST && s.speaker().name().equals("Lena Holm")), describe(all));
        ExtractedStatement said = withCue(all, "said");
        assertEquals("the quotas were fair", said.content().text());
        assertEquals(GOVERNMENT, said.speaker().kind());
    }

    @Test
    void theNounAWithPhraseOpensSpeaksThroughItsParticiple() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Council members clashed on Tuesday over the mission, with Sweden pressing for a stronger mandate.
                The mediators on Friday urged both sides to return to the table.
                """);
        ExtractedStatement pressing = withCue(all, "pressing for");
        assertEquals("SWE", pressing.speaker().side(), describe(all));
        assertTrue(pressing.content().text().startsWith("a stronger mandate"), describe(all));
        assertEquals("The mediators", withCue(all, "urged").mention().text());
    }

    @Test
    void aLongOpeningClauseDoesNotLendItsSubjectToTheVerbOfSaying() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                When Norway last placed sanctions on Swedish officials over the fishing quota abuses in the northern strait, Foreign Minister Lena Holm commented that “Norway will not stand idly by.”
                """);
        assertEquals("Lena Holm", withCue(all, "commented").speaker().name(), describe(all));
    }

    @Test
    void anOpeningParticipleIsSaidByTheSubjectAfterItsComma() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Prime Minister Lena Holm spoke in Oslo on Monday.
                Stressing that the unity of the country is most important, she said Norway wants peace but will defend its borders.
                Noting the late hour, the chairman closed the session.
                """);
        ExtractedStatement said = withCue(all, "said");
        assertTrue(said.content().text().startsWith("Norway wants peace"), describe(all));
        assertEquals("Lena Holm", said.speaker().name(), describe(all));
        assertEquals("Lena Holm", withCue(all, "Stressing").speaker().name(), describe(all));
        assertEquals("the unity of the country is most important", withCue(all, "Stressing").content().text());
        // the reported clause's own verb is no statement of Norway's
        assertTrue(all.stream().noneMatch(s -> s.cue().text().equals("wants")), describe(all));
    }

    @Test
    void anAccusationTheAccusedDeniedIsTheirDenialAndEndsTheAccusation() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Oslo has repeatedly accused Stockholm of arming the smugglers, an allegation Sweden has constantly denied.
                The minister described the talks as useful, a claim the opposition disputes.
                """);
        ExtractedStatement denial = withCue(all, "denied");
        assertEquals("SWE", denial.speaker().side(), describe(all));
        assertEquals("Sweden", denial.mention().text());
        assertEquals("an allegation", denial.content().text());
        assertEquals("Stockholm of arming the smugglers", withCue(all, "accused").content().text());
    }

    @Test
    void aReasonInsideWhatWasSaidStaysInItEvenWithACueWord() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                He said Lindqvist could lose the seat because he supports the new toll on the bridge.
                She said the plan would fail, and the mayor argued it was too costly.
                """);
        assertEquals("Lindqvist could lose the seat because he supports the new toll on the bridge",
                withMention(all, "He").content().text());
        // a coordinated statement of its own still ends the one before it
        assertEquals("the plan would fail", withMention(all, "She").content().text());
    }

    @Test
    void aPossessiveApostropheInTheAttributionDoesNotStopTheQuoteGoingOn() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                “We are not winning, but it is too soon to give up,” Lindqvist said on SVT’s “Morning Show” on Sunday. “I think that is the right call.”
                """);
        assertTrue(withCue(all, "said").content().text().endsWith("I think that is the right call."), describe(all));
    }
}
