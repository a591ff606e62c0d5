package dev.newsroom.extractor.rules;

import dev.newsroom.extractor.model.StatementType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the cue lexicon and the content cues decide a statement's type, on lemma sequences. */
class StatementTypeRulesTest {

    private static final CueLexicon CUES = CueLexicon.load();
    private static final ContentCues CONTENT = ContentCues.load();

    private static Cue verb(String lemma) {
        return CUES.verb(lemma, List.of()).orElseThrow();
    }

    private static List<String> lemmas(String text) {
        return Arrays.asList(text.split(" "));
    }

    @ParameterizedTest(name = "said: {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the ministry summon the envoy of Ruritania over the incident              | PROTEST
            Oslo lodge a formal protest with the embassy                              | PROTEST
            all option remain on the table                                            | THREATEN
            we will take all necessary measure to protect our citizen                 | THREATEN
            any such step will be meet with a firm response                           | THREATEN
            the allegation be baseless and politically motivate                       | REJECT
            the report be a blatant lie                                               | REJECT
            the matter be an internal affair of our country                           | REJECT
            the decision be deplorable and irresponsible                              | DISAPPROVE
            their troop open fire on our post first                                   | DISAPPROVE
            it be a grave mistake                                                     | DISAPPROVE
            we appreciate the effort of our partner                                   | APPROVE
            we need aid now , not promise                                             | APPEAL
            relation remain calm and the talk go on                                   | STATEMENT
            Beijing have lodge stern representation with Tokyo                        | PROTEST
            Oslo would suspend all cooperation unless the tariff be lift              | THREATEN
            their demand be out of the question                                       | REJECT
            Washington be interfere in our internal affair                            | DISAPPROVE
            it be not yet clear who attack the convoy                                 | STATEMENT
            their troop have shell the village overnight                              | DISAPPROVE
            forty people have be kill in the shelling                                 | STATEMENT
            our force have not target the hospital                                    | REJECT
            the country pose a threat to regional security                            | DISAPPROVE
            the union would challenge the decision in court                          | THREATEN
            we would review every agreement if the situation do not change           | THREATEN
            it be essential that both side return to dialogue                         | APPEAL
            we will continue to support our neighbour                                 | INTENT
            there will be consequence for anyone who cross the line                   | THREATEN
            the flood have the consequence of ruin the harvest                        | STATEMENT
            """)
    void neutralCueTakesTheContentsType(String content, StatementType type) {
        assertEquals(type, CONTENT.classify(verb("say"), lemmas(content)).type());
    }

    @Test
    void negationTurnsAnAccusationIntoItsDenialAndSilencesOtherWords() {
        assertEquals(StatementType.REJECT, CONTENT.classify(verb("say"), lemmas("the measure be not illegal")).type());
        assertEquals(StatementType.REJECT, CONTENT.classify(verb("say"), lemmas("we do not support the plan")).type());
        assertEquals(StatementType.STATEMENT, CONTENT.classify(verb("say"), lemmas("there be no threat to shipping")).type());
        assertEquals(StatementType.DISAPPROVE,
                CONTENT.classify(verb("say"), lemmas("the crew be not responsible , but the plan be reckless")).type());
    }

    @Test
    void aWarningBecomesAThreatOrStaysAStatementButIsNoIntention() {
        Cue warn = verb("warn");
        assertEquals(StatementType.THREATEN, CONTENT.classify(warn, lemmas("Oslo would respond to any incursion")).type());
        assertEquals(StatementType.STATEMENT, CONTENT.classify(warn, lemmas("the closure would cost thousand of job")).type());
        assertEquals(StatementType.THREATEN, CONTENT.classify(warn, lemmas("it would not stand idly by")).type());
        assertEquals(StatementType.STATEMENT, CONTENT.classify(warn, lemmas("it would be a disaster for farmer")).type());
    }

    @Test
    void aCallForImmediateActionIsADemandAnUrgingStaysAnAppealAndTypedCuesKeepTheirType() {
        assertEquals(StatementType.APPEAL, CONTENT.classify(verb("urge"), lemmas("Ruritania to withdraw immediately")).type());
        assertEquals(StatementType.DEMAND, CONTENT.classify(verb("call on"), lemmas("Ruritania to withdraw immediately")).type());
        assertEquals(StatementType.APPEAL, CONTENT.classify(verb("urge"), lemmas("Ruritania to return to talk")).type());
        assertEquals(StatementType.DISAPPROVE, CONTENT.classify(verb("condemn"), lemmas("the decision to welcome the envoy")).type());
        assertEquals(StatementType.APPEAL, CONTENT.classify(verb("say"), lemmas("we urge them to stop at once")).type());
        assertEquals(StatementType.STATEMENT, CONTENT.classify(verb("say"), lemmas("the army react immediately")).type());
    }

    @Test
    void insistingThatSomeoneShouldIsADemandWhereSayingItIsAnAppeal() {
        assertEquals(StatementType.DEMAND, CONTENT.classify(verb("insist"), lemmas("Oslo should pay compensation")).type());
        assertEquals(StatementType.APPEAL, CONTENT.classify(verb("say"), lemmas("Oslo should pay compensation")).type());
    }

    @Test
    void askingAQuestionIsNoAppeal() {
        assertEquals(StatementType.STATEMENT, CONTENT.classify(verb("ask"), lemmas("whether the border would reopen")).type());
        assertEquals(StatementType.APPEAL, CONTENT.classify(verb("ask"), lemmas("Denmark to reopen the border")).type());
        assertEquals(StatementType.APPEAL, CONTENT.classify(verb("say"), lemmas("why we urge restraint")).type());
    }

    @Test
    void harshJudgementsOfAnActAreDisapproval() {
        assertEquals(StatementType.DISAPPROVE, CONTENT.classify(verb("say"),
                lemmas("the raid be a breach of international norm")).type());
        assertEquals(StatementType.DISAPPROVE, CONTENT.classify(verb("describe"),
                lemmas("the remark as inexcusable")).type());
        assertEquals(StatementType.THREATEN, CONTENT.classify(verb("say"),
                lemmas("we do not rule out the use of force")).type());
    }

    @Test
    void aVowOfRevengeIsAThreat() {
        assertEquals(StatementType.THREATEN, CONTENT.classify(verb("vow"), lemmas("to avenge the dead soldier")).type());
        assertEquals(StatementType.INTENT, CONTENT.classify(verb("vow"), lemmas("to rebuild the bridge")).type());
    }

    @Test
    void aNegatedCueHasItsOwnLineOrReportsAPlainStatement() {
        assertEquals(StatementType.REJECT, CUES.negated(verb("support")).type());
        assertEquals(StatementType.STATEMENT, CUES.negated(verb("condemn")).type());
        assertTrue(CUES.negated(verb("condemn")).refinable().contains(StatementType.REJECT));
        assertEquals(StatementType.STATEMENT, CUES.negated(verb("say")).type());
    }

    @Test
    void aGapInAPhraseSpansAFewWordsOfOneClauseOnly() {
        PhraseLexicon<String> lexicon = new PhraseLexicon<>();
        lexicon.put("summon ... ambassador", "protest");
        assertEquals("protest", lexicon.first(lemmas("summon the Ruritanian ambassador")));
        assertEquals("protest", lexicon.first(lemmas("summon ambassador")));
        assertEquals(null, lexicon.first(lemmas("summon the staff . the ambassador")));
        assertEquals(null, lexicon.first(lemmas("summon one two three four five six seven ambassador")));
    }

    @Test
    void aPhraseSpansTheQuotationMarksOfAPartialQuote() {
        assertEquals(StatementType.DISAPPROVE, CONTENT.classify(verb("say"),
                lemmas("Petrov have `` cross a red line ''")).type());
        assertEquals(StatementType.THREATEN, CONTENT.classify(verb("say"), lemmas("that would be a red line")).type());
    }

    @Test
    void insultsAndHateNamedInTheContentAreDisapproval() {
        assertEquals(StatementType.DISAPPROVE, CONTENT.classify(verb("describe"), lemmas("the remark as insulting")).type());
        assertEquals(StatementType.DISAPPROVE, CONTENT.classify(verb("warn"), lemmas("the law risk fuel racism")).type());
        assertEquals(StatementType.DISAPPROVE, CONTENT.classify(verb("say"), lemmas("the blockade be a genocide")).type());
        assertEquals(StatementType.DISAPPROVE, CONTENT.classify(verb("say"), lemmas("the duty be against international rule")).type());
        assertEquals(StatementType.STATEMENT, CONTENT.classify(verb("say"), lemmas("the guard detain three illegal immigrant")).type());
        assertEquals(StatementType.DISAPPROVE, CONTENT.classify(verb("say"), lemmas("the guard detain them illegally")).type());
    }

    @Test
    void denyingThatAnActHappenedOrCountsAsAnOffenceIsARejection() {
        assertEquals(StatementType.REJECT, CONTENT.classify(verb("say"), lemmas("the measure do not amount to an embargo")).type());
        assertEquals(StatementType.REJECT, CONTENT.classify(verb("suggest"), lemmas("the raid be not carry out by Oslo")).type());
        assertEquals(StatementType.REJECT, CONTENT.classify(verb("say"), lemmas("Oslo be not to blame")).type());
        assertEquals(StatementType.DISAPPROVE, CONTENT.classify(verb("say"), lemmas("Oslo be to blame for the raid")).type());
        assertEquals(StatementType.REJECT, CONTENT.classify(verb("say"), lemmas("the claim be null and void")).type());
    }

    @Test
    void offersAgreementsAndProposalsAreIntentions() {
        assertEquals(StatementType.INTENT, CONTENT.classify(verb("say"),
                lemmas("Oslo would be willing to lift the ban if Bergen end its unjust tax")).type());
        assertEquals(StatementType.INTENT, CONTENT.classify(verb("say"),
                lemmas("it remain ready for a frank dialogue")).type());
        assertEquals(StatementType.DISAPPROVE, CONTENT.classify(verb("say"),
                lemmas("Oslo be not ready for a frank dialogue")).type());
        assertEquals(StatementType.INTENT, CONTENT.classify(verb("agree"), lemmas("to accept the return flight")).type());
        assertEquals(StatementType.STATEMENT, CONTENT.classify(verb("agree"), lemmas("the figure be too high")).type());
        assertEquals(StatementType.INTENT, CONTENT.classify(verb("propose"), lemmas("form a joint fund")).type());
    }

    @Test
    void recallingAnEnvoyIsAProtestRecallingAnEventIsNot() {
        assertEquals(StatementType.PROTEST, CONTENT.classify(verb("recall"), lemmas("its envoy to Oslo over the deal")).type());
        assertEquals(StatementType.PROTEST, CONTENT.classify(verb("recall"), lemmas("the ambassador in Oslo")).type());
        assertEquals(StatementType.STATEMENT, CONTENT.classify(verb("recall"), lemmas("the talk of 1990 in Oslo")).type());
    }

    @Test
    void furtherResponsesAnnouncedAreThreats() {
        assertEquals(StatementType.THREATEN, CONTENT.classify(verb("say"),
                lemmas("Oslo will make further response as the situation develop")).type());
    }

    @Test
    void anInternalAffairRejectsInterferenceOnlyWhenSomethingIsOne() {
        assertEquals(StatementType.REJECT, CONTENT.classify(verb("say"), lemmas("the border be an internal matter")).type());
        assertEquals(StatementType.DISAPPROVE, CONTENT.classify(verb("argue"),
                lemmas("the raid violate the principle of non-intervention in internal affair")).type());
    }

    @Test
    void punishingIsAThreatWhenAnnouncedNotWhenALawDoesIt() {
        assertEquals(StatementType.THREATEN, CONTENT.classify(verb("say"), lemmas("those responsible will be punish")).type());
        assertEquals(StatementType.STATEMENT, CONTENT.classify(verb("add"), lemmas("the law punish a small number of offender")).type());
    }

    @Test
    void changingTheStatusQuoIsAnAccusationAndAgreeingToActAnIntention() {
        assertEquals(StatementType.DISAPPROVE, CONTENT.classify(verb("state"),
                lemmas("the clash happen after an attempt to unilaterally change the status quo")).type());
        assertEquals(StatementType.REJECT, CONTENT.classify(verb("say"),
                lemmas("Oslo do not seek to change the status quo")).type());
        assertEquals(StatementType.INTENT, CONTENT.classify(verb("say"),
                lemmas("both side agree to settle the matter through dialogue")).type());
    }

    @Test
    void refusalsAndLegalChallengesReadOnLemmas() {
        assertEquals(StatementType.REJECT, CONTENT.classify(verb("say"), lemmas("we be not go to sign it")).type());
        assertEquals(StatementType.REJECT, CONTENT.classify(verb("say"),
                lemmas("the island be ours and there be nothing to negotiate")).type());
        assertEquals(StatementType.THREATEN, CONTENT.classify(verb("say"),
                lemmas("we will appeal the ruling to the high court")).type());
        assertEquals(StatementType.APPEAL, CONTENT.classify(verb("say"),
                lemmas("we appeal to both side for calm")).type());
    }
}
