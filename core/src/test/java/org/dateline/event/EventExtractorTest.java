package org.dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.time.Timex;
import org.dateline.time.TimexType;
import org.junit.jupiter.api.Test;

/** Structure and modality, sentence by sentence, with hand-built temporal expressions. */
class EventExtractorTest {
    static final EventExtractor EXTRACTOR = new EventExtractor();
    static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 22);

    /** Events as "source>target cameo modality", entities only. */
    static List<String> read(String text) {
        return summary(EXTRACTOR.extract(text, PUBLISHED, List.of()));
    }

    static List<String> summary(List<Event> events) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            out.add((e.source() == null ? "-" : e.source().entity()) + ">"
                    + (e.target() == null ? "-" : e.target().entity()) + " " + e.action().code() + " "
                    + e.modality().json());
        }
        return out;
    }

    @Test
    void bundledRulesHaveNoBadLines() {
        assertThat(EXTRACTOR.problems()).isEmpty();
    }

    @Test
    void activeVoice() {
        assertThat(read("Russia annexed Crimea.")).containsExactly("RUS>UKR 192 asserted");
        assertThat(read("The European Union imposed sanctions on Russia.")).containsExactly("EU>RUS 163 asserted");
    }

    @Test
    void passiveVoice() {
        assertThat(read("Sanctions were imposed on Moscow by the EU.")).containsExactly("EU>RUS 163 asserted");
        assertThat(read("Mariupol was shelled by separatists.")).containsExactly("UKR>UKR 194 asserted");
    }

    @Test
    void aCallInAPhraseAfterTheVerbIsTheClauseSubjects() {
        assertThat(read("Biden had coordinated his message in a call on Monday with Macron."))
                .containsExactly("USA>FRA 041 asserted");
        assertThat(read("Lavrov accused the opposition in a telephone call with his German counterpart, Steinmeier."))
                .contains("RUS>DEU 041 asserted");
    }

    @Test
    void theyAfterASpeechVerbIsTheGroupWhoseMembersSpoke() {
        assertThat(read("Foreign ministers of the Group of Seven said on Monday they were deeply concerned and "
                + "called on Russia to stop its provocations.")).contains("G7>RUS 020 asserted");
    }

    @Test
    void meetingPeopleWhoAreNoSideIsNoEvent() {
        assertThat(read("Zelensky is to meet students of Stanford University in California.")).isEmpty();
        assertThat(read("Zelensky met Biden in Washington.")).contains("UKR>USA 040 asserted");
    }

    @Test
    void weInATranscriptIsTheSpeakersSide() {
        String text = "Putin met Burkhalter.\n\nPresident of Russia Vladimir Putin: Mr Burkhalter, ladies and gentlemen,"
                + "\n\nWe have pulled these units back.\n\nWe call on Kiev to stop all military operations.";
        assertThat(summary(EXTRACTOR.extract(text, PUBLISHED, List.of())))
                .contains("RUS>- 0874 asserted", "RUS>UKR 020 asserted");
        // with no speaker named, "we" is no one
        assertThat(read("We call on Kiev to stop all military operations.")).isEmpty();
    }

    @Test
    void aBarePresentInARelativeClauseIsHabitualNoEvent() {
        assertThat(read("Kyiv wants to hit the airfields from which Russian jets attack its cities."))
                .noneMatch(e -> e.startsWith("RUS"));
        assertThat(read("Russian jets attack its cities.")).containsExactly("RUS>- 190 asserted");
    }

    @Test
    void russianBackedFormationsAreRebels() {
        assertThat(read("Russian-backed armed formations shelled Ukrainian positions."))
                .containsExactly("UKR>UKR 194 asserted");
    }

    @Test
    void aGerundAfterAfterHasTheSubjectOfItsClause() {
        assertThat(read("Zelensky signed a deal with Macron, hours after sealing an accord with Scholz."))
                .containsExactly("UKR>FRA 057 asserted", "FRA>UKR 057 asserted", "UKR>DEU 057 asserted",
                        "DEU>UKR 057 asserted");
        // opening the sentence: the subject after its comma
        assertThat(read("Two days after signing a deal with Macron in Paris, Zelensky flew to Berlin."))
                .contains("UKR>FRA 057 asserted", "UKR>DEU 042 asserted");
        // not when the phrase follows another one: "voting" is the subject of "began"
        assertThat(read("In December, shortly before voting began in the primary, Trump visited Kyiv."))
                .containsExactly("USA>UKR 042 asserted");
    }

    @Test
    void whatIsAvoidedOrWhatNothingSuggestsIsNotDone() {
        assertThat(read("The Kremlin has so far avoided ordering a general mobilisation.")).doesNotContain(
                "RUS>- 154 asserted");
        assertThat(read("Nothing so far suggests that Russia intends to launch an offensive."))
                .noneMatch(e -> e.endsWith("asserted") || e.endsWith("planned"));
    }

    @Test
    void namesCoordinatedAfterAPrepositionAreNoSubject() {
        assertThat(read("Hollande called the bombing of Aleppo by Syrian and Russian aircraft a crime and said the pause made no sense."))
                .allMatch(e -> e.startsWith("FRA>")).isNotEmpty();
        assertThat(read("Negotiators from Ukraine, Russia and the OSCE agreed the terms.")).hasSize(3);
    }

    @Test
    void peopleDescribedBeforeTheirNamesAreCoordinated() {
        assertThat(read("Britain's prime minister, Boris Johnson, and France's president, Emmanuel Macron, condemned the attack."))
                .containsExactly("GBR>- 111 asserted", "FRA>- 111 asserted");
        assertThat(read("Russia, Belarus, and Ukraine signed the declaration.")).hasSize(3);
        assertThat(read("Macron hosted the talks at the Elysee Palace, and Zelensky and Putin met face to face."))
                .containsExactly("FRA>- 043 asserted", "UKR>RUS 040 asserted", "RUS>UKR 040 asserted");
    }

    @Test
    void coordinatedSubjectsOfAMutualActionActOnEachOther() {
        assertThat(read("Russia and Ukraine signed a ceasefire agreement in Minsk."))
                .containsExactly("RUS>UKR 057 asserted", "UKR>RUS 057 asserted");
        assertThat(read("Germany and France condemned the attack."))
                .containsExactly("DEU>- 111 asserted", "FRA>- 111 asserted");
        // a state's government and the rebels who fight it are two parties
        assertThat(read("Kyiv and the separatists exchanged prisoners on Sunday."))
                .containsExactly("UKR>UKR 0841 asserted");
    }

    @Test
    void relativeClauses() {
        assertThat(read("Putin, who met Macron in Moscow, later recognised the two separatist republics."))
                .containsExactly("RUS>FRA 040 asserted", "RUS>UKR 054 asserted");
    }

    @Test
    void sharedSubjects() {
        assertThat(read("Putin met Macron and signed a decree on the treaty."))
                .contains("RUS>FRA 040 asserted");
        assertThat(read("Lavrov visited Ankara and met Erdogan."))
                .containsExactly("RUS>TUR 042 asserted"); // one event per root, source and target
    }

    @Test
    void reportedSpeechCodesTheReportedAction() {
        assertThat(read("Kyiv said Russian troops had shelled Mariupol.")).containsExactly("RUS>UKR 194 asserted");
        assertThat(read("Lavrov said the talks were useful.")).containsExactly("RUS>- 010 asserted");
    }

    @Test
    void anIngFormWithAnObjectIsAVerbWithoutOneANoun() {
        assertThat(read("Putin signed a decree recognising Crimea as a sovereign state."))
                .containsExactly("RUS>UKR 054 asserted");
        assertThat(read("Russian officials attended a large gathering of executives in Moscow.")).isEmpty();
    }

    @Test
    void aNameAfterAPlacePrepositionIsNoSubject() {
        assertThat(read("Protesters gathered outside Zelensky's office to warn him against concessions to Moscow."))
                .isEmpty();
    }

    @Test
    void aVisitAtHomeIsNoVisitBetweenTwoSides() {
        assertThat(read("Zelensky visited Kherson on Thursday.")).isEmpty();
        assertThat(read("Blinken visited Kyiv on Thursday.")).containsExactly("USA>UKR 042 asserted");
    }

    @Test
    void aPassiveAgentIsNeverLookedForPastAComma() {
        assertThat(read("The airliner was shot down over eastern Ukraine, in territory held by the separatists.")).isEmpty();
        assertThat(read("The airliner was shot down by the separatists.")).containsExactly("UKR>- 195 asserted");
    }

    @Test
    void aWireDatelineNamesNoActor() {
        assertThat(read("KYIV, Feb 22 (EW) - Russian troops shelled Mariupol.")).containsExactly("RUS>UKR 194 asserted");
        assertThat(read("MOSCOW, Feb 22 (EW) - Troops shelled Mariupol.")).isEmpty();
    }

    @Test
    void bothSidesAreTheLastPartiesThatActedTogether() {
        assertThat(read("Russian and Ukrainian negotiators met in Istanbul. Russia promised to reduce military activity "
                + "around Kyiv. Erdogan urged both sides to agree a ceasefire."))
                .contains("TUR>RUS 020 asserted", "TUR>UKR 020 asserted");
    }

    @Test
    void aPhraseThatBeginsInsideItsSubject() {
        assertThat(read("Ukrainian drones struck the Lukoil refinery in Volgograd.")).containsExactly("UKR>- 195 asserted");
        assertThat(read("Ten Russian paratroopers were captured by Ukrainian forces."))
                .containsExactly("UKR>RUS 173 asserted");
    }

    @Test
    void aClauseWithAnUnnamedSubjectSharesNoEarlierSubject() {
        assertThat(read("Zelensky asked NATO to close the skies, but the generals rejected the request."))
                .containsExactly("UKR>NATO 020 asserted");
        assertThat(read("Putin met Macron, but on the same day rejected the plan."))
                .containsExactly("RUS>FRA 040 asserted", "RUS>- 127 asserted");
    }

    @Test
    void aPersonDescribedByAnAppositionIsTheSubjectNotThePlacesItNames() {
        assertThat(read("Keith Kellogg, Trump's envoy for Ukraine and Russia, arrived in Kyiv."))
                .containsExactly("USA>UKR 042 asserted");
        assertThat(read("John Doe, Trump's envoy for Ukraine and Russia, arrived in Kyiv."))
                .containsExactly("USA>UKR 042 asserted");
        assertThat(read("Sergei Ryabkov, Russia's deputy foreign minister, told Russian television he saw no reason."))
                .containsExactly("RUS>- 010 asserted");
    }

    @Test
    void asBeforeAnArticleOpensNoClause() {
        assertThat(read("Zelensky described the outcome as a victory for the country and thanked Erdogan."))
                .containsExactly("UKR>TUR 051 asserted");
    }

    @Test
    void aParticipleCoordinatedWithAPassiveIsPassiveUnlessAnObjectFollows() {
        assertThat(read("The Russian pilot was captured in April and sentenced to 20 years by a Kyiv court."))
                .contains("UKR>RUS 116 asserted");
        assertThat(read("Ukraine handed over a list of children it says were taken to Russia and demanded their return."))
                .anyMatch(e -> e.startsWith("UKR>") && e.contains(" 100 "));
    }

    @Test
    void aNumberJoinedToAWordIsOneWord() {
        assertThat(read("Biden and Zelensky signed a 10-year bilateral security agreement."))
                .containsExactly("USA>UKR 057 asserted", "UKR>USA 057 asserted");
    }

    @Test
    void aSubordinateClauseBeforeTheSubjectLendsItNoSubject() {
        assertThat(read("On January 18, when the Rada passed the bill, the Russian Foreign Ministry described it as"
                + " preparation for a new war and accused Kyiv of burying the Minsk agreements."))
                .contains("RUS>UKR 112 asserted");
    }

    @Test
    void theAllianceAndTheMinistryReferBackToWhatWasNamed() {
        assertThat(read("Zelensky asked NATO to close the skies, but the alliance rejected the request."))
                .containsExactly("UKR>NATO 020 asserted", "NATO>- 120 asserted");
        assertThat(read("Russia's defence ministry said the plane was downed. The ministry blamed Ukraine."))
                .contains("RUS>UKR 112 asserted");
    }

    @Test
    void aVerbAfterAReportedPastPerfectIsTheSpeakers() {
        assertThat(read("Kuleba said that Putin had launched a full-scale invasion of Ukraine and urged the world to act."))
                .containsExactly("RUS>UKR 190 asserted", "UKR>- 020 asserted");
    }

    @Test
    void aReportedActionWithoutANamedSubjectIsNotTheSpeakers() {
        assertThat(read("Ukraine's interior ministry said missiles had struck command centres near Kyiv.")).isEmpty();
        assertThat(read("Russia's defence ministry said its troops had withdrawn from Lyman."))
                .containsExactly("RUS>UKR 0874 asserted");
        assertThat(read("Zelensky confirmed on Saturday that his army was fighting inside Russia."))
                .containsExactly("UKR>RUS 190 asserted");
    }

    @Test
    void complementsOfGoverningVerbsAreNeverAsserted() {
        assertThat(read("Biden warned Russia not to recognize the separatist regions."))
                .containsExactly("USA>RUS 130 asserted", "RUS>UKR 054 negated");
        assertThat(read("Macron urged Putin to recognize the Minsk agreements."))
                .first().isEqualTo("FRA>RUS 020 asserted");
        assertThat(read("Macron urged Putin to recognize the Minsk agreements.")).noneMatch(s -> s.contains("054 asserted"));
        assertThat(read("The EU threatened to impose sanctions on Russia.")).containsExactly("EU>RUS 1312 asserted");
        assertThat(read("The Kremlin denied that Russian troops had shelled Kharkiv."))
                .containsExactly("RUS>- 016 asserted", "RUS>UKR 194 negated");
    }

    @Test
    void negation() {
        assertThat(read("Russia did not sign the agreement.")).containsExactly("RUS>- 057 negated");
        assertThat(read("Ukraine refused to recognise the referendum.")).containsExactly("UKR>- 054 negated");
        assertThat(read("The EU stopped short of imposing sanctions on Moscow.")).containsExactly("EU>RUS 163 negated");
        assertThat(read("No agreement was signed by Russia and Ukraine.")).allMatch(s -> s.endsWith("negated"));
        assertThat(read("Russia didn't recognise the vote.")).containsExactly("RUS>- 054 negated");
    }

    @Test
    void notYetRuledOutAndNoPlansAreNegations() {
        assertThat(read("Germany has yet to send tanks to Ukraine.")).containsExactly("DEU>UKR 072 negated");
        assertThat(read("NATO ruled out sending troops to Ukraine.")).containsExactly("NATO>UKR 154 negated");
        assertThat(read("The Kremlin said Russia had no plans to invade Ukraine."))
                .containsExactly("RUS>- 010 asserted", "RUS>UKR 190 negated");
        assertThat(read("Putin has no known plans to visit Armenia.")).containsExactly("RUS>ARM 042 negated");
        assertThat(read("Russia has no intention of attacking NATO, Putin said."))
                .containsExactly("RUS>NATO 190 negated", "RUS>- 010 asserted");
        // "ruled out" as the action itself is a rejection, asserted
        assertThat(read("Kyiv ruled out talks with Moscow.")).containsExactly("UKR>RUS 125 asserted");
        // not ruling out leaves it open: the longer cue wins over the "rule out" inside it
        assertThat(read("Macron refused to rule out sending troops to Ukraine.")).containsExactly("FRA>UKR 154 hypothetical");
        assertThat(read("Macron did not rule out sending troops to Ukraine.")).containsExactly("FRA>UKR 154 hypothetical");
        assertThat(read("Zelensky signed a decree banning talks with Putin.")).allMatch(s -> s.endsWith("negated"));
    }

    @Test
    void questionsPredictionsAndDeniedEvidenceAreNotAssertions() {
        assertThat(read("Will Russia invade Ukraine?")).containsExactly("RUS>UKR 190 hypothetical");
        assertThat(read("Russia is unlikely to attack Ukraine, analysts say.")).containsExactly("RUS>UKR 190 hypothetical");
        assertThat(read("There is no evidence that Russia shelled Kharkiv.")).containsExactly("RUS>UKR 194 negated");
    }

    @Test
    void expectingAnotherToActIsHypotheticalExpectingToActIsPlanned() {
        assertThat(read("Nobody in Kyiv expects Russia to withdraw its forces from Ukraine."))
                .containsExactly("RUS>UKR 0874 hypothetical");
        assertThat(read("Analysts expect Russia to attack Ukraine in the spring.")).containsExactly("RUS>UKR 190 hypothetical");
        // the longest cue at a word wins: "expects to" over "expects"
        assertThat(read("Russia expects to sign a deal with Ukraine.")).allMatch(s -> s.endsWith("057 planned")).isNotEmpty();
        assertThat(read("Russia is expected to sign a deal with Ukraine.")).allMatch(s -> s.endsWith("057 planned")).isNotEmpty();
    }

    @Test
    void aNounActionBeforeAnAsideIsTheSubjectOfWhatFollows() {
        assertThat(read("Ukraine's counteroffensive, which Kyiv had prepared for months, is expected to begin soon."))
                .containsExactly("UKR>- 190 planned");
        assertThat(read("Russia's invasion of Ukraine, which began at dawn, was condemned by the EU."))
                .contains("RUS>UKR 190 asserted");
    }

    @Test
    void whereForceIsUsedThePlaceIsItsTarget() {
        assertThat(read("Russia fired missiles at Kyiv.")).containsExactly("RUS>UKR 195 asserted");
        assertThat(read("Russia launched strikes across Ukraine.")).containsExactly("RUS>UKR 190 asserted");
        assertThat(read("Ukrainian drones attacked an oil depot in Russia's Bryansk region."))
                .containsExactly("UKR>RUS 190 asserted");
        // a meeting's place is where it was held, not whom it was with
        assertThat(read("Putin met Erdogan in Istanbul.")).containsExactly("RUS>TUR 040 asserted");
        assertThat(read("Lavrov met reporters in Kyiv.")).noneMatch(e -> e.contains(">UKR"));
    }

    @Test
    void theMakerOfAWeaponFiredOrSentIsNoTarget() {
        assertThat(read("Ukrainian forces launched British Storm Shadow missiles at targets in Russia's Kursk region."))
                .containsExactly("UKR>RUS 195 asserted");
        assertThat(read("Germany sent American Patriot systems to Ukraine.")).containsExactly("DEU>UKR 072 asserted");
        // what is struck is the target, whoever made it
        assertThat(read("Ukrainian drones struck Russian tanks near Kupiansk.")).containsExactly("UKR>RUS 195 asserted");
    }

    @Test
    void measuresOfTheSameRootListedTogetherAreEventsOfTheirOwn() {
        assertThat(read("Washington imposed sanctions on Russia and expelled ten Russian diplomats."))
                .containsExactly("USA>RUS 163 asserted", "USA>RUS 161 asserted");
    }

    @Test
    void aPronounRightAfterASpeechVerbIsTheSpeaker() {
        assertThat(read("Ukrainian forces entered Kherson hours after Russia's defence ministry said it had withdrawn its troops."))
                .contains("RUS>- 0874 asserted");
        assertThat(read("Biden told Putin that he would impose sanctions on Russia.")).containsExactly("USA>RUS 163 planned");
    }

    @Test
    void aListOfTitledPeopleListsTheirStates() {
        assertThat(read("Lavrov met Ukraine's acting foreign minister, Andriy Deshchytsia, the US secretary of state"
                + " John Kerry and the EU's foreign policy chief Catherine Ashton in Geneva."))
                .containsExactly("RUS>UKR 040 asserted", "RUS>USA 040 asserted", "RUS>EU 040 asserted");
        // a clause after a comma is no list
        assertThat(read("If Russia invades Ukraine, the US will impose sanctions on Moscow."))
                .containsExactly("RUS>UKR 190 hypothetical", "USA>RUS 163 hypothetical");
    }

    @Test
    void whatIsRejectedOrOpposedOrUnseenIsNegated() {
        assertThat(read("Russia rejected claims that it had attacked a hospital in Mariupol."))
                .containsExactly("RUS>- 016 asserted", "RUS>UKR 190 negated");
        assertThat(read("There was no sign that Russia had withdrawn its troops from Ukraine."))
                .containsExactly("RUS>UKR 0874 negated");
        assertThat(read("Germany opposed sending fighter jets to Ukraine.")).containsExactly("DEU>UKR 072 negated");
    }

    @Test
    void aParticipleAfterAPrepositionIsAnAdjective() {
        assertThat(read("Ukrainian forces struck an airfield in occupied Crimea."))
                .singleElement().asString().endsWith(" 190 asserted");
    }

    @Test
    void titledPeopleAreCoordinatedSubjects() {
        assertThat(read("Ukrainian President Volodymyr Zelensky and Russian President Vladimir Putin met in Paris."))
                .containsExactly("UKR>RUS 040 asserted", "RUS>UKR 040 asserted");
        assertThat(read("President Zelensky and President Putin met in Paris."))
                .containsExactly("UKR>RUS 040 asserted", "RUS>UKR 040 asserted");
    }

    @Test
    void partiesSigningTogetherAreEachOthersCounterparts() {
        assertThat(read("Russia and Ukraine signed separate agreements with Turkey and the United Nations."))
                .containsExactly("RUS>UKR 057 asserted", "UKR>RUS 057 asserted");
        // but talks with a third are with that third
        assertThat(read("Macron and Scholz held a phone call with Putin."))
                .containsExactly("FRA>RUS 041 asserted", "DEU>RUS 041 asserted");
    }

    @Test
    void aTitleHolderListedAfterATitleNameIsTheSameParty() {
        assertThat(read("The talks were hosted by French President Emmanuel Macron and German Chancellor Angela Merkel."))
                .containsExactly("FRA>- 043 asserted", "DEU>- 043 asserted");
        assertThat(read("Zelensky met French President Emmanuel Macron and German Chancellor Angela Merkel in Paris."))
                .containsExactly("UKR>FRA 040 asserted", "UKR>DEU 040 asserted");
    }

    @Test
    void neitherNorCoordinatesNegatedSubjects() {
        assertThat(read("Neither Moscow nor Kyiv has signed the document."))
                .containsExactly("RUS>UKR 057 negated", "UKR>RUS 057 negated");
    }

    @Test
    void bothSidesAreTwoPartiesNotTheFourOfASummit() {
        assertThat(read("The leaders of Russia, Ukraine, Germany and France emerged with a deal."
                + " Both sides are then to pull back heavy weapons.")).noneMatch(e -> e.contains("0874"));
    }

    @Test
    void aParticipleWithItsAgentIsPassive() {
        assertThat(read("Two Ukrainian sailors captured by the Russian coast guard were released."))
                .contains("RUS>UKR 173 asserted").noneMatch(e -> e.startsWith("UKR>RUS 173"));
    }

    @Test
    void hopingToActIsHypothetical() {
        assertThat(read("Ukraine hopes to sign a security pact with Britain."))
                .allMatch(s -> s.endsWith("057 hypothetical")).isNotEmpty();
    }

    @Test
    void hypotheticals() {
        assertThat(read("Recognition by Moscow would violate the Minsk agreements.")).isEmpty();
        assertThat(read("Russia could invade Ukraine.")).containsExactly("RUS>UKR 190 hypothetical");
        assertThat(read("If Russia invades Ukraine, the US will impose sanctions on Moscow."))
                .containsExactly("RUS>UKR 190 hypothetical", "USA>RUS 163 hypothetical");
    }

    @Test
    void aConditionInWhatIsSaidLaterIsNotAnEarlierDeedsCondition() {
        assertThat(read("Russia summoned the British ambassador on Thursday and warned that London would bear"
                + " responsibility if its warships returned.")).contains("RUS>GBR 114 asserted");
        assertThat(read("Russia will expel the British ambassador if London sends its warships again."))
                .allMatch(e -> e.endsWith("hypothetical")).isNotEmpty();
    }

    @Test
    void aVerbalActAfterTheMainClauseIsAnActOfItsOwn() {
        assertThat(read("Poroshenko ended the ceasefire, accusing the rebels of breaking the truce."))
                .contains("UKR>UKR 112 asserted");
        assertThat(read("Russia shelled the town overnight, killing ten people.")).containsExactly("RUS>- 194 asserted");
    }

    @Test
    void aVerbCoordinatedAfterAnObjectAndAnAdverbSharesTheFirstSubject() {
        assertThat(read("Obama held talks with President Andrzej Duda and then publicly voiced concern."))
                .allMatch(e -> e.startsWith("USA>")).isNotEmpty();
    }

    @Test
    void aLegislatureApprovingAidVotesIt() {
        assertThat(read("The US House of Representatives approved about $61bn in military aid for Ukraine."))
                .containsExactly("USA>UKR X02 asserted");
        assertThat(read("The IMF approved a $15.6bn loan for Ukraine.")).containsExactly("IMF>UKR 071 asserted");
    }

    @Test
    void aNameBeforeAThingsNounNamesTheThingNotAParty() {
        assertThat(read("The separatist leaders put their names to the Minsk peace agreements."))
                .noneMatch(e -> e.contains(">BLR"));
        assertThat(read("Ukraine signed the Steinmeier formula on Tuesday.")).containsExactly("UKR>- 057 asserted");
        assertThat(read("Zelensky flew to Paris for talks with Macron.")).contains("UKR>FRA 042 asserted");
        assertThat(read("The Paris communique also asked the contact group to agree on three more areas.")).isEmpty();
        assertThat(read("Putin walked out of the Istanbul talks.")).noneMatch(e -> e.contains(">TUR"));
        assertThat(read("Putin talks with Erdogan in Sochi.")).allMatch(e -> e.startsWith("RUS>")).isNotEmpty();
    }

    @Test
    void whatASupposedOrDeniedSpeechTellsIsNotAsserted() {
        assertThat(read("The official would then have claimed that Obama had confirmed the promise."))
                .containsExactly("USA>- 010 hypothetical");
        assertThat(read("Kyiv did not say that Russian forces had shelled Mariupol."))
                .containsExactly("RUS>UKR 194 hypothetical");
        assertThat(read("Kyiv said Russian forces had shelled Mariupol.")).containsExactly("RUS>UKR 194 asserted");
    }

    @Test
    void plans() {
        assertThat(read("Lavrov and Blinken are due to meet in Geneva."))
                .containsExactly("RUS>USA 040 planned", "USA>RUS 040 planned");
        assertThat(read("The EU will impose new sanctions on Russia.")).containsExactly("EU>RUS 163 planned");
        assertThat(read("Russia plans to deploy troops to Belarus.")).containsExactly("RUS>BLR 154 planned");
    }

    @Test
    void nounsTakeTheirAgentFromThePossessor() {
        assertThat(read("Russian shelling killed five civilians.")).contains("RUS>- 194 asserted");
        // where the killing has a target, the shelling that did it takes that target
        assertThat(read("Russian shelling killed five civilians in Kharkiv.")).containsExactly("RUS>UKR 194 asserted");
        assertThat(read("Russia's invasion of Ukraine began at dawn.")).containsExactly("RUS>UKR 190 asserted");
    }

    @Test
    void pronounsTakeTheLastActorOfTheParagraph() {
        assertThat(read("Russia expelled ten US diplomats. It also closed the US consulate in Yekaterinburg."))
                .containsExactly("RUS>USA 161 asserted", "RUS>USA 161 asserted");
        // "his fighters", "its troops" opening a clause are the forces of whom the pronoun refers to
        assertThat(read("Prigozhin met Lukashenko. His fighters seized Rostov-on-Don."))
                .containsExactly("RUS>BLR 040 asserted", "RUS>RUS 192 asserted");
        assertThat(read("Russia denied the claim. Its troops shelled Kharkiv."))
                .containsExactly("RUS>- 016 asserted", "RUS>UKR 194 asserted");
        // a speaker whose statement is no event of its own (it reports another) is still the last person
        assertThat(read("Putin met Erdogan.\n\nZelensky said Russia had shelled Kharkiv. He spoke with Macron."))
                .containsExactly("RUS>TUR 040 asserted", "RUS>UKR 194 asserted", "UKR>FRA 040 asserted");
    }

    static Timex date(String text, String all, String value, boolean relative) {
        int at = all.indexOf(text);
        return new Timex(at, at + text.length(), text, TimexType.DATE, value, relative, "test");
    }

    @Test
    void datesComeFromTheGoverningExpressionElseContextElsePublication() {
        String text = "On Monday Russia recognised the two republics. Putin later signed a treaty with them."
                + "\n\nThe EU condemned the move on Feb. 20, 2022, and Britain sanctioned five banks on Tuesday."
                + "\n\nNATO criticised Moscow.";
        List<Timex> timexes = List.of(date("Monday", text, "2022-02-21", true),
                date("Feb. 20, 2022", text, "2022-02-20", false), date("Tuesday", text, "2022-02-22", true));
        List<Event> events = EXTRACTOR.extract(text, PUBLISHED, timexes);
        assertThat(events).extracting(e -> e.action().code() + " " + e.date() + " " + e.dateSource().json())
                .containsExactly("054 2022-02-21 relative", "057 2022-02-21 context", "111 2022-02-20 explicit",
                        "163 2022-02-22 relative", "111 2022-02-22 published");
    }

    @Test
    void aDateInWhatIsSaidDatesWhatItTellsOfNotTheSaying() {
        String text = "Putin said the strikes were retaliation for the blast on the bridge on Saturday."
                + " Lavrov told reporters after the talks on Sunday that Russia would respond.";
        List<Timex> timexes = List.of(date("Saturday", text, "2022-02-19", true), date("Sunday", text, "2022-02-20", true));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, timexes)).extracting(e -> e.action().code() + " " + e.date())
                .containsExactly("010 2022-02-22", "010 2022-02-20");
        // so for what a governing verb warns of or denies
        String warning = "On Wednesday Russia warned that from February 24 it would treat ships as military targets.";
        List<Timex> days = List.of(date("Wednesday", warning, "2022-02-16", true),
                date("February 24", warning, "2022-02-24", false));
        assertThat(EXTRACTOR.extract(warning, PUBLISHED, days)).extracting(e -> e.action().code() + " " + e.date())
                .startsWith("130 2022-02-16");
    }

    @Test
    void aTimeInsideAQuoteOrInAnotherStatementDoesNotDateTheEvent() {
        String quote = "\"One year later, Kyiv stands,\" Biden said.";
        Timex later = new Timex(1, 15, "One year later", TimexType.DATE, "2023", true, "rel.later");
        assertThat(EXTRACTOR.extract(quote, PUBLISHED, List.of(later)))
                .extracting(e -> e.action().code() + " " + e.date() + " " + e.modality().json())
                .containsExactly("010 2022-02-22 asserted");
        String two = "Biden announced $500 million in military aid for Ukraine and said Washington would impose"
                + " sanctions on Russia later this week.";
        List<Timex> week = List.of(date("later this week", two, "2022-02", true));
        assertThat(EXTRACTOR.extract(two, PUBLISHED, week)).extracting(e -> e.action().code() + " " + e.date())
                .containsExactly("072 2022-02-22", "163 2022-02");
    }

    @Test
    void aStandTakenNowIsDatedByThePublicationNotByTheSentenceBefore() {
        String text = "Ukraine accuses the separatists of shooting down the plane on July 17, 2014."
                + " Moscow denies any involvement and has blamed Ukrainian forces.";
        List<Timex> timexes = List.of(date("July 17, 2014", text, "2014-07-17", false));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, timexes))
                .extracting(e -> e.action().code() + " " + e.date() + " " + e.modality().json())
                .contains("112 2022-02-22 asserted", "016 2022-02-22 asserted")
                // "and has blamed" is a verb of its own, not something denied
                .anyMatch(s -> s.startsWith("112 2014-07-17 asserted"));
    }

    @Test
    void aPossessiveEventNounInAPhraseIsAKnownEventReferredTo() {
        assertThat(read("Finland applied to join NATO on Wednesday, in response to Russia's invasion of Ukraine."))
                .containsExactly("FIN>NATO 022 asserted");
        assertThat(read("Russia's invasion of Ukraine began before dawn.")).containsExactly("RUS>UKR 190 asserted");
        assertThat(read("The G7 condemned Russia's annexation of the four regions.")).containsExactly("G7>RUS 111 asserted");
    }

    @Test
    void aRoleRestatedByAnUnknownNameIsTheSubjectOfItsVerb() {
        assertThat(read("Borrell condemned the strike, and the US ambassador, Bridget Brink, called it outrageous."))
                .containsExactly("EU>- 111 asserted", "USA>- 111 asserted");
    }

    @Test
    void whatIsBlockedDidNotHappen() {
        assertThat(read("Hungary blocked a decision to open accession talks with Ukraine."))
                .containsExactly("HUN>- 129 asserted", "HUN>UKR 046 hypothetical");
    }

    @Test
    void aPeriodAfterForDatesOnlyAPlan() {
        String text = "Britain pledged 2.5 billion pounds in military aid to Ukraine for the coming year.";
        List<Timex> year = List.of(date("the coming year", text, "2023", true));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, year))
                .extracting(e -> e.action().code() + " " + e.date() + " " + e.modality().json())
                .containsExactly("072 2022-02-22 asserted");
        String plan = "Putin will visit Beijing, on a trip planned for next month.";
        assertThat(EXTRACTOR.extract(plan, PUBLISHED, List.of(date("next month", plan, "2022-03", true))))
                .extracting(e -> e.action().code() + " " + e.date()).containsExactly("042 2022-03");
    }

    @Test
    void aNameInsideAnEarlierActionsObjectIsNoSubjectOfTheNext() {
        assertThat(read("Washington expelled 10 Russian diplomats and imposed sanctions on 32 individuals."))
                .containsExactly("USA>RUS 161 asserted", "USA>- 163 asserted");
    }

    @Test
    void aPastVerbIsNeverAPlanNorMovedBackAYearUnlessAMonthIsNamed() {
        String text = "Two days later, Kyiv accused Moscow of breaking the truce.";
        List<Timex> later = List.of(date("Two days later", text, "2022-02-24", true));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, later))
                .extracting(e -> e.action().code() + " " + e.date() + " " + e.modality().json())
                .contains("112 2022-02-24 asserted");
    }

    @Test
    void armedSeparatistsAndTheirQuantitiesAct() {
        assertThat(read("Early on Monday, dozens of armed separatists occupied the main terminal of the airport."))
                .containsExactly("UKR>- 192 asserted");
        assertThat(read("Ukrainian troops moved against pro-Russian gunmen in the east of the country."))
                .containsExactly("UKR>UKR 190 asserted");
    }

    @Test
    void anAgreementMadeIsAssertedAndSoIsAgreeingOnAPrinciple() {
        assertThat(read("Kyiv and Moscow agreed a deal on grain exports."))
                .containsExactly("UKR>RUS 057 asserted", "RUS>UKR 057 asserted");
        assertThat(read("The leaders of France, Germany, Russia and Ukraine agreed in Paris on Friday that local"
                + " elections must be held under Ukrainian law.")).hasSize(4).allMatch(e -> e.endsWith("057 asserted"));
        // while agreeing to act later is that act, planned
        assertThat(read("Russia and Ukraine agreed to exchange prisoners.")).allMatch(e -> e.endsWith("0841 planned"));
    }

    @Test
    void aListOfSpeakersIsNamedNotAnUnnamedAttribution() {
        assertThat(read("France, Germany and Russia said the attack was a crime."))
                .containsExactly("FRA>- 010 asserted", "DEU>- 010 asserted", "RUS>- 010 asserted");
    }

    @Test
    void aParticipleDescribingAKnownThingIsNoNewEvent() {
        assertThat(read("Russia on Monday pulled out of the Black Sea grain deal brokered by the United Nations and Turkey."))
                .noneMatch(e -> e.contains(" 045 "));
        assertThat(read("The exchange was mediated by Turkey.")).containsExactly("TUR>- 045 asserted");
    }

    @Test
    void aParticipleInAnAppositionDescribesThePersonNamed() {
        assertThat(read("Yulia Tymoshenko, the former prime minister jailed since 2011, spoke to the crowd on Saturday."))
                .noneMatch(e -> e.contains(" 173 "));
        assertThat(read("On Monday, the Russian troops attacked at dawn.")).containsExactly("RUS>- 190 asserted");
        assertThat(read("Tymoshenko, the former prime minister, jailed two officials in 2009."))
                .containsExactly("UKR>- 173 asserted");
    }

    @Test
    void aPersonSpeakingInARelativeClauseIsNotWhomTheNextHeMeans() {
        assertThat(read("Zelensky visited an air base in Eindhoven, where Dutch Prime Minister Mark Rutte said the"
                + " Netherlands would supply jets to Ukraine. He then flew on to Denmark."))
                .contains("UKR>DNK 042 asserted").doesNotContain("NLD>DNK 042 asserted");
        assertThat(read("Zelensky met Rutte in Eindhoven, and Rutte said the talks were good. He then flew on to Denmark."))
                .contains("NLD>DNK 042 asserted");
    }

    @Test
    void aRelativeClauseGoesOnPastANameInApposition() {
        String text = "Zelensky arrived in Granada for the summit, which Spain's prime minister, Pedro Sanchez,"
                + " is hosting this year.";
        List<Timex> thisYear = List.of(date("this year", text, "2022", true));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, thisYear)).extracting(e -> e.action().code() + " " + e.date())
                .contains("042 2022-02-22");
    }

    @Test
    void aListOfThingsWithCommasDoesNotHideTheTargetsAfterIt() {
        assertThat(read("Russia barred imports of meat, fish, dairy products, fruit and vegetables from Canada,"
                + " Australia and Norway."))
                .containsExactly("RUS>CAN 163 asserted", "RUS>AUS 163 asserted", "RUS>NOR 163 asserted");
        assertThat(read("Russia shelled the positions, killing two civilians, and Ukraine protested."))
                .contains("RUS>- 194 asserted");
    }

    @Test
    void aNameBeforeWasToIsTheSubjectOfThePlanNotAnObject() {
        assertThat(read("Macron flew to Berlin, where Scholz was to host him and Duda for talks."))
                .contains("DEU>POL 043 planned");
        assertThat(read("Macron telephoned the separatist leaders to ask them to free the monitors."))
                .contains("FRA>- 020 asserted");
    }

    @Test
    void anExpletiveItIsNoActor() {
        assertThat(read("Peskov spoke of Russia on Friday. It is the first time the court has issued a warrant for a"
                + " sitting head of state.")).noneMatch(e -> e.startsWith("RUS>") && e.contains(" 173 "));
        assertThat(read("Moscow denied the report. It said it was ready to talk to Kyiv.")).contains("RUS>UKR 036 asserted");
    }

    @Test
    void aQuoteOpeningWithIfIsHypothetical() {
        assertThat(read("\"If the US imposes a tariff on Chinese televisions, the duty is paid at the border,\" he said."))
                .contains("USA>CHN 163 hypothetical").doesNotContain("USA>CHN 163 asserted");
    }

    @Test
    void whatIsDoneNowInThePresentTakesThePublicationDateNotTheParagraphs() {
        String text = "Sentsov was jailed in 2015. The United States again urges Russia to free him."
                + " MEPs strongly condemn the build-up.";
        List<Timex> year = List.of(date("2015", text, "2015", false));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, year)).extracting(e -> e.action().code() + " " + e.date())
                .contains("020 2022-02-22", "111 2022-02-22");
    }

    @Test
    void aPlanAnnouncedInAMonthGoneByIsDatedByTheAnnouncement() {
        String text = "In February, the Finnish government announced that it would send three tanks to Ukraine.";
        List<Timex> february = List.of(date("February", text, "2022-02", true));
        assertThat(EXTRACTOR.extract(text, LocalDate.of(2022, 6, 6), february))
                .extracting(e -> e.action().code() + " " + e.date() + " " + e.modality().json())
                .containsExactly("072 2022-02 planned");
    }

    @Test
    void aSincePhraseEndingInADateDatesOnlyWhatIsInsideIt() {
        String text = "Merkel and Putin held talks in the Kremlin, their first meeting since the negotiations in"
                + " Minsk in February. Harper has criticised Moscow since Russia annexed Crimea in March.";
        List<Timex> months = List.of(date("February", text, "2022-02", true), date("March", text, "2021-03", true));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, months)).extracting(e -> e.action().code() + " " + e.date())
                .contains("046 2022-02-22", "192 2021-03");
    }

    @Test
    void thePeopleKilledAreNoKillers() {
        assertThat(read("Thirty-eight Australian citizens were among the 298 people killed when the airliner was shot"
                + " down.")).noneMatch(e -> e.contains(" 190 "));
        assertThat(read("Russian drones and missiles killed at least seven people in Kharkiv.")).contains("RUS>UKR 190 asserted");
        assertThat(read("Russian troops killed five civilians.")).contains("RUS>- 190 asserted");
    }

    @Test
    void aCapitalOpeningTheSentenceSaysWhoseMinistryItIs() {
        assertThat(read("Russia's foreign ministry said so on Friday. In Kyiv, the foreign ministry denied the allegations."))
                .contains("UKR>- 016 asserted").doesNotContain("RUS>- 016 asserted");
    }

    @Test
    void anOccasionAtADayDatesWhatWasDoneThere() {
        String text = "Putin told the builders at Tuesday's ceremony that the bridge was a miracle.";
        List<Timex> tuesday = List.of(date("Tuesday", text, "2022-02-22", true));
        assertThat(EXTRACTOR.extract(text, LocalDate.of(2022, 2, 23), tuesday)).extracting(e -> e.action().code() + " " + e.date())
                .containsExactly("010 2022-02-22");
    }

    @Test
    void theObjectOfAVerbIsNoSubjectOfTheVerbCoordinatedWithIt() {
        assertThat(read("The leaders, meeting at a summit in Brussels, also made Moldova a candidate and said Georgia"
                + " would be given the status.")).isEmpty();
    }

    @Test
    void anAsideAboutTheSpeakerHoldsNoStatementBackAndDatesIt() {
        String text = "Ursula von der Leyen, who was visiting Kyiv on Friday, said the EU would speed up Ukraine's application.";
        List<Timex> friday = List.of(date("Friday", text, "2022-02-18", true));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, friday)).extracting(e -> e.action().code() + " " + e.date())
                .containsExactly("042 2022-02-18", "010 2022-02-18");
    }

    @Test
    void condemningWordsAndPromisedWeapons() {
        assertThat(read("French President Emmanuel Macron called it abominable.")).containsExactly("FRA>- 111 asserted");
        assertThat(read("Boris Johnson promised armoured vehicles and anti-ship missiles to Ukraine."))
                .containsExactly("GBR>UKR 033 asserted");
    }

    @Test
    void aClauseOfItsOwnBeforeAnotherSpeakerHoldsNoStatementBack() {
        assertThat(read("Zelensky dismissed the offer as an ultimatum, and NATO's secretary general Jens Stoltenberg"
                + " said it was not made in good faith.")).containsExactly("UKR>- 125 asserted", "NATO>- 010 asserted");
        // one subject's two acts: the statement is still only the specific one
        assertThat(read("Zelensky visited Bucha on Monday, walking past burnt-out vehicles, and said the world"
                + " must see what had been done.")).noneMatch(e -> e.contains(" 010 "));
    }

    @Test
    void noAidToOneself() {
        assertThat(read("The Pentagon announced a $1 billion package of arms drawn from US stocks."))
                .containsExactly("USA>- 072 asserted");
    }

    @Test
    void aCountedPhraseClosingTheClauseOfADateCountsBackFromIt() {
        String text = "Russian troops stormed a base on Monday morning and detained dozens of servicemen, two days"
                + " after Russian forces had broken into the Belbek air base.";
        Timex monday = new Timex(text.indexOf("Monday"), text.indexOf("Monday") + 14, "Monday morning", TimexType.DATE,
                "2022-02-21TMO", true, "rel.weekday-part");
        Timex after = new Timex(text.indexOf("two days"), text.indexOf("two days") + 14, "two days after",
                TimexType.DATE, "2022-02-23", true, "rel.after-event");
        assertThat(EXTRACTOR.extract(text, PUBLISHED, List.of(monday, after)))
                .extracting(e -> e.action().code() + " " + e.date() + " " + e.modality().json())
                .contains("190 2022-02-21 asserted", "190 2022-02-19 asserted");
    }

    @Test
    void eachSideOfACountedPhraseKeepsItsOwnDate() {
        String text = "Two days after Russia annexed Crimea on March 18, the EU imposed sanctions on Russia.";
        Timex counted = new Timex(0, 14, "Two days after", TimexType.DATE, "2014-03-20", true, "rel.after-event");
        List<Timex> timexes = List.of(counted, date("March 18", text, "2014-03-18", false));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, timexes)).extracting(e -> e.action().code() + " " + e.date())
                .containsExactly("192 2014-03-18", "163 2014-03-20");
    }

    @Test
    void aSubordinateClauseIsDatedByItsOwnDateFirst() {
        String text = "Tuesday marked the 1,000th day since Russia launched its full-scale invasion of Ukraine"
                + " on February 24, 2022.";
        List<Timex> timexes = List.of(date("Tuesday", text, "2024-11-19", true),
                date("February 24, 2022", text, "2022-02-24", false));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, timexes)).extracting(e -> e.action().code() + " " + e.date())
                .containsExactly("190 2022-02-24");
        String main = "Russia struck Kyiv on Monday after Ukraine hit the bridge on Saturday.";
        List<Timex> days = List.of(date("Monday", main, "2022-02-21", true), date("Saturday", main, "2022-02-19", true));
        assertThat(EXTRACTOR.extract(main, PUBLISHED, days)).extracting(e -> e.action().code() + " " + e.date())
                .containsExactly("190 2022-02-21", "190 2022-02-19");
    }

    @Test
    void aDayGoneByWithoutItsYearIsLastYearsWhenTheVerbIsPast() {
        String text = "Russia invaded Ukraine on Feb. 24.";
        // as the tagger reads it, written on 22 February: this year's
        List<Timex> timexes = List.of(date("Feb. 24", text, "2022-02-24", true));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, timexes)).extracting(e -> e.date() + " " + e.modality().json())
                .containsExactly("2021-02-24 asserted");
        String month = "Ukraine signed a security deal with Britain in March.";
        // as the tagger reads it, written on 22 February: the nearest March, this year's
        assertThat(EXTRACTOR.extract(month, PUBLISHED, List.of(date("March", month, "2022-03", true))))
                .extracting(e -> e.date() + " " + e.modality().json()).containsOnly("2021-03 asserted");
        String season = "Putin will visit Beijing in the spring.";
        // written in November 2023, the tagger's spring of 2023 (March to May) is gone: next spring
        assertThat(EXTRACTOR.extract(season, LocalDate.of(2023, 11, 15),
                List.of(date("the spring", season, "2023-SP", true))))
                .extracting(e -> e.date() + " " + e.end() + " " + e.modality().json())
                .containsOnly("2024-03 2024-05 planned");
        String planned = "Russia will invade Ukraine on Feb. 24.";
        assertThat(EXTRACTOR.extract(planned, PUBLISHED, List.of(date("Feb. 24", planned, "2022-02-24", true))))
                .extracting(e -> e.date() + " " + e.modality().json()).containsExactly("2022-02-24 planned");
    }

    @Test
    void aSpeakingAsideSaysWhenTheSpeakerActed() {
        String text = "Macron, speaking in Paris on Monday, urged Putin to accept the ceasefire.";
        List<Timex> timexes = List.of(date("Monday", text, "2022-02-21", true));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, timexes)).extracting(e -> e.action().code() + " " + e.date())
                .contains("020 2022-02-21");
    }

    @Test
    void anAsideOnTheOccasionSaysWhenTheSubjectActed() {
        String spoke = "Putin, who spoke to reporters first on Wednesday, said the meeting had been constructive.";
        assertThat(EXTRACTOR.extract(spoke, PUBLISHED, List.of(date("Wednesday", spoke, "2022-02-16", true))))
                .extracting(e -> e.action().code() + " " + e.date()).contains("010 2022-02-16");
        String was = "Zelensky, who was in Helsinki on Wednesday, denied that Ukraine had attacked the Kremlin.";
        assertThat(EXTRACTOR.extract(was, PUBLISHED, List.of(date("Wednesday", was, "2022-02-16", true))))
                .extracting(e -> e.action().code() + " " + e.date()).contains("016 2022-02-16");
        String meeting = "NATO leaders, meeting in Brussels on Monday, called on Russia to withdraw its forces.";
        assertThat(EXTRACTOR.extract(meeting, PUBLISHED, List.of(date("Monday", meeting, "2022-02-21", true))))
                .extracting(e -> e.action().code() + " " + e.date()).contains("020 2022-02-21");
    }

    @Test
    void aRelativeClauseKeepsItsOwnDate() {
        String text = "Putin, who met Macron on Monday, recognised the republics on Tuesday.";
        List<Timex> timexes = List.of(date("Monday", text, "2022-02-21", true), date("Tuesday", text, "2022-02-22", true));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, timexes)).extracting(e -> e.action().code() + " " + e.date())
                .containsExactly("040 2022-02-21", "054 2022-02-22");
    }

    @Test
    void rangesGiveADateAndAnEnd() {
        String text = "Separatists shelled Mariupol between March and May 2015.";
        List<Timex> timexes = List.of(date("March", text, "2015-03", false), date("May 2015", text, "2015-05", false));
        Event e = EXTRACTOR.extract(text, PUBLISHED, timexes).get(0);
        assertThat(e.date()).isEqualTo("2015-03");
        assertThat(e.end()).isEqualTo("2015-05");
        assertThat(e.dateSource()).isEqualTo(DateSource.EXPLICIT);
    }

    @Test
    void aFutureDateMakesAPlan() {
        String text = "Blinken meets Lavrov in Geneva on Friday.";
        List<Timex> timexes = List.of(date("Friday", text, "2022-02-25", true));
        assertThat(summary(EXTRACTOR.extract(text, PUBLISHED, timexes))).containsExactly("USA>RUS 040 planned");
    }

    @Test
    void officeHoldersAreResolvedAtTheEventDate() {
        String text = "Poroshenko met Merkel in 2015. Poroshenko criticised Zelensky in 2022.";
        List<Timex> timexes = List.of(date("2015", text, "2015", false), date("2022", text, "2022", false));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, timexes))
                .extracting(e -> e.source().name() + " " + e.source().role())
                .containsExactly("Petro Poroshenko GOV", "Petro Poroshenko OPP");
    }

    @Test
    void participlesAndAsides() {
        assertThat(read("NATO ambassadors, meeting in Brussels, condemned Russia.")).containsExactly("NATO>RUS 111 asserted");
        assertThat(read("Putin, visiting Budapest, criticised Kyiv.")).containsExactly("RUS>HUN 042 asserted", "RUS>UKR 111 asserted");
        assertThat(read("Envoys of Ukraine, Russia and the OSCE, together with the separatist leaders, signed a protocol."))
                .contains("UKR>RUS 057 asserted", "RUS>OSCE 057 asserted", "OSCE>UKR 057 asserted");
    }

    @Test
    void aParticipleIsAnEventWhenNoActionComesBeforeIt() {
        assertThat(read("Zelensky made his first trip abroad since the Russian invasion on Wednesday, flying to"
                + " Washington to meet Biden.")).containsExactly("UKR>USA 042 asserted");
        assertThat(read("Russia fired missiles at Kyiv, striking a power plant.")).containsExactly("RUS>UKR 195 asserted");
        // a toll told after a comma is no act of the subject's
        assertThat(read("Prigozhin was on a jet that crashed north of Moscow, killing all ten people on board.")).isEmpty();
    }

    @Test
    void theObjectOfAnObjectControlVerbActs() {
        assertThat(read("Biden authorized Ukraine on Sunday to strike Russia.")).containsExactly("UKR>RUS 190 hypothetical");
        assertThat(read("Washington let Kyiv strike Russia.")).containsExactly("UKR>RUS 190 hypothetical");
        assertThat(read("NATO allowed Russia to annex Crimea.")).containsExactly("RUS>UKR 192 hypothetical");
        assertThat(read("Washington helped Ukraine to retake Kherson.")).containsExactly("UKR>UKR 190 asserted");
        // a call's purpose is the caller's: "called" is no object-control verb
        assertThat(read("Putin called Macron to discuss the crisis.")).isNotEmpty().allMatch(e -> e.startsWith("RUS>"));
    }

    @Test
    void aDemandOrWarningIsAimedAtTheSubjectOfTheClauseItGoverns() {
        assertThat(read("The UN demanded that Russia stop its offensive and withdraw its troops from Ukraine."))
                .containsExactly("UN>RUS 100 asserted", "RUS>UKR 0874 hypothetical");
        assertThat(read("Biden warned that Russia would face sanctions.")).containsExactly("USA>RUS 130 asserted");
        // not at one's own side
        assertThat(read("Putin warned that Russia would use all the means at its disposal."))
                .containsExactly("RUS>- 130 asserted");
    }

    @Test
    void aQuoteBeforeTheSpeechVerbPutsTheSpeakerAfterIt() {
        assertThat(read("\"Russia must be held accountable,\" said Joe Biden.")).containsExactly("USA>- 010 asserted");
        assertThat(read("“We will win,” said Ukraine's president, Volodymyr Zelensky."))
                .containsExactly("UKR>- 010 asserted");
        assertThat(read("\"We will win,\" Zelensky said.")).containsExactly("UKR>- 010 asserted");
    }

    @Test
    void theCommaClosingAnAsideJoinsNoVerbs() {
        assertThat(read("Russia asked for a meeting of the Security Council, but Britain, which holds the council's"
                + " presidency, turned the request down.")).contains("GBR>- 125 asserted");
    }

    @Test
    void aCallInAPhraseAfterTheVerbIsTheSubjects() {
        assertThat(read("Lavrov accused the opposition of breaking the deal in a telephone call with Steinmeier."))
                .containsExactly("RUS>- 112 asserted", "RUS>DEU 041 asserted");
    }

    @Test
    void membersOfAGroupActForIt() {
        assertThat(read("The leaders of the Group of Seven condemned Russia.")).containsExactly("G7>RUS 111 asserted");
        assertThat(read("Alexander Borodai, the prime minister of the Donetsk People's Republic, condemned Kyiv."))
                .containsExactly("UKR>UKR 111 asserted");
        assertThat(read("Foreign ministers of the EU met Kuleba.")).containsExactly("EU>UKR 040 asserted");
        assertThat(read("Talks between Russian and Ukrainian delegations are expected to resume."))
                .containsExactly("RUS>UKR 046 planned", "UKR>RUS 046 planned");
        // a name after "of" another noun is no subject
        assertThat(read("The seizure of Crimea angered NATO.")).isEmpty();
    }

    @Test
    void aNameAfterAVerbIsNoSubject() {
        assertThat(read("In Washington, Biden called Putin a war criminal on Monday and met Macron."))
                .containsExactly("USA>RUS 112 asserted", "USA>FRA 040 asserted");
    }

    @Test
    void aSubordinateClauseHasItsOwnSubject() {
        assertThat(read("Prigozhin ordered his fighters to return to their bases after Alexander Lukashenko "
                + "brokered a deal.")).containsExactly("RUS>- 0874 asserted", "BLR>- 045 asserted");
        assertThat(read("Prigozhin ordered his fighters to return to their bases, after the Belarusian president, "
                + "Alexander Lukashenko, brokered a deal.")).containsExactly("RUS>- 0874 asserted", "BLR>- 045 asserted");
    }

    @Test
    void coordinatedVerbsAreNoComplements() {
        assertThat(read("The United States condemned the separatist offensive and warned Russia that it would face further costs."))
                .containsExactly("USA>UKR 111 asserted", "USA>RUS 130 asserted");
        assertThat(read("Biden phoned Putin on Tuesday, voiced concern and proposed a summit."))
                .containsExactly("USA>RUS 041 asserted", "USA>- 012 asserted", "USA>- 036 asserted");
    }

    @Test
    void statements() {
        assertThat(read("The new terms, EU officials say, are worth a lot.")).isEmpty();
        assertThat(read("The Kremlin insists nothing has changed.")).isEmpty();
        // a statement that something did not happen is still a statement made (as the gold codes it)
        assertThat(read("Kyiv said the vehicles had not been handed over.")).containsExactly("UKR>- 010 asserted");
        // the speaker of a trailing attribution names no actor: a name before it is what is said
        assertThat(read("Without Russian guarantees, insurers would refuse to cover ships, traders said.")).isEmpty();
        assertThat(read("A move into Ukraine, one EU diplomat said, would trigger a response.")).isEmpty();
        assertThat(read("A State Department spokeswoman said the weapons were defensive."))
                .containsExactly("USA>- 010 asserted");
        // officials somewhere are still unnamed: the capital after "in" says where, not who
        assertThat(read("The border guards did not stop the lorries, officials in Kyiv said.")).isEmpty();
        assertThat(read("The talks went well, Kyiv said.")).containsExactly("UKR>- 010 asserted");
        // a passive with no one acting or acted on is no event that the statement gives way to
        assertThat(read("Ukraine's military said one soldier had been wounded by a mine."))
                .containsExactly("UKR>- 010 asserted");
        assertThat(read("Ukraine's military said one soldier had been wounded in shelling near the town."))
                .containsExactly("UKR>- 010 asserted");
        // what was foiled did not happen
        assertThat(read("The FSB said it had foiled attacks planned by Ukrainian military intelligence."))
                .containsExactly("RUS>- 010 asserted");
        assertThat(read("Peskov said Moscow would respect the choice.")).containsExactly("RUS>- 010 asserted");
        // who was told is not what was said: "gathered" there is no meeting that holds the statement back
        assertThat(read("Biden told thousands of people gathered at the Royal Castle that Ukraine would never be"
                + " a victory for Russia.")).containsExactly("USA>- 010 asserted");
        assertThat(read("Kyiv told the OSCE that Russian forces had shelled Mariupol.")).containsExactly("RUS>UKR 194 asserted");
    }

    @Test
    void agreeingToActTogetherIsAPlanButADecisionToActIsTaken() {
        assertThat(read("Russia and Ukraine agreed on Monday to exchange all remaining prisoners."))
                .containsExactly("RUS>UKR 0841 planned", "UKR>RUS 0841 planned");
        assertThat(read("Putin and Zelensky agreed to a full ceasefire."))
                .containsExactly("RUS>UKR 0871 planned", "UKR>RUS 0871 planned");
        assertThat(read("The EU agreed to impose sanctions on Russia.")).containsExactly("EU>RUS 163 asserted");
        assertThat(read("The United States and Britain agreed on Saturday to cut Russian banks from SWIFT."))
                .containsExactly("USA>RUS 163 asserted", "GBR>RUS 163 asserted");
    }

    @Test
    void aStatementOfWhatWillNotOrShouldHappenIsAStatementMade() {
        assertThat(read("Lavrov said Russia would never recognise the vote."))
                .containsExactly("RUS>- 010 asserted", "RUS>- 054 negated");
        // an action reported as done is the event, not the saying
        assertThat(read("Lavrov said Russia had recognised the vote.")).containsExactly("RUS>- 054 asserted");
    }

    @Test
    void reportedWouldIsAPlanButAConditionIsNot() {
        assertThat(read("Borrell said he would travel to Kyiv.")).containsExactly("EU>UKR 042 planned");
        // what would happen only on a condition is no event, but saying so is a statement made
        assertThat(read("Borrell said he would travel to Kyiv if the talks failed."))
                .containsExactly("EU>- 010 asserted", "EU>UKR 042 hypothetical");
        assertThat(read("Putin said Moscow would resume nuclear tests only if the United States did so first."))
                .containsExactly("RUS>- 010 asserted");
        assertThat(read("Had Moscow refused, the EU would have imposed sanctions."))
                .allMatch(e -> e.endsWith("hypothetical"));
        assertThat(read("Biden condemned the invasion and said Washington would impose sanctions on Russia."))
                .containsExactly("USA>- 111 asserted", "USA>RUS 163 planned");
        // being in a position to do something is no plan to do it
        assertThat(read("NATO leaders said they would be in a position to invite Ukraine to join the alliance."))
                .containsExactly("NATO>- 010 asserted", "NATO>UKR 036 hypothetical");
        assertThat(read("Obama threatened Russia with more sanctions if it did not comply."))
                .containsExactly("USA>RUS 1312 asserted");
        // a second reported clause ("and that ...") leaves the first one's negation behind
        assertThat(read("Lavrov said the deliveries would not help and that Russia would destroy the Patriot systems."))
                .containsExactly("RUS>- 171 planned");
    }

    @Test
    void nounsAfterADeterminerAreBackground() {
        assertThat(read("Guterres called the flood a consequence of the Russian invasion.")).isEmpty();
        assertThat(read("A rebel attack on Mariupol would end the truce.")).noneMatch(e -> e.endsWith("asserted"));
        assertThat(read("It is the largest attack on Russian soil.")).isEmpty();
    }

    @Test
    void deadlinesDateOnlyPlans() {
        String text = "Turchynov gave the separatists until Monday to lay down their weapons.";
        List<Timex> timexes = List.of(date("Monday", text, "2022-02-28", true));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, timexes)).first()
                .satisfies(e -> assertThat(e.dateSource()).isEqualTo(DateSource.PUBLISHED));
        String plan = "Ukraine expects to sign a loan agreement with the IMF by the end of April.";
        List<Timex> april = List.of(date("the end of April", plan, "2022-04", true));
        assertThat(EXTRACTOR.extract(plan, PUBLISHED, april)).first()
                .satisfies(e -> assertThat(e.date() + " " + e.modality().json()).isEqualTo("2022-04 planned"));
    }

    @Test
    void timesOfDayKeepTheirDay() {
        String text = "Putin on Monday evening signed decrees recognising the republics.";
        List<Timex> timexes = List.of(new Timex(8, 22, "Monday evening", TimexType.DATE, "2022-02-21TEV", true, "t"));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, timexes)).extracting(Event::date).containsOnly("2022-02-21");
    }

    @Test
    void contextCuesCarryADateAcrossParagraphs() {
        String text = "The EU agreed on Tuesday to impose sanctions on Russia.\n\nHours later, Obama imposed sanctions on Russian banks."
                + "\n\nNATO condemned Moscow.";
        List<Timex> timexes = List.of(date("Tuesday", text, "2022-02-22", true));
        assertThat(EXTRACTOR.extract(text, LocalDate.of(2022, 2, 23), timexes))
                .extracting(e -> e.date() + " " + e.dateSource().json())
                .containsExactly("2022-02-22 relative", "2022-02-22 context", "2022-02-23 published");
    }

    @Test
    void crossheadsAndUnnamedSpeakersAreNoEvents() {
        assertThat(read("Kyiv recalls its envoy")).isEmpty();
        assertThat(read("Washington believes Kyiv, a senior US defence official said on Friday.")).isEmpty();
        assertThat(read("Kyiv recalled its envoy.")).containsExactly("UKR>- 161 asserted");
        // a footnote's mark after the full stop still closes a sentence, not a crosshead
        assertThat(read("Kyiv recalled its envoy.[10]")).containsExactly("UKR>- 161 asserted");
        assertThat(read("Kyiv recalls its envoy [2]")).isEmpty();
        assertThat(read("A member of the UN delegation told reporters that the team had been shaken.")).isEmpty();
        // a link's headline left inside a paragraph after its label
        assertThat(read("Statements appear in the Ukraine section. Related: Lithuania demands that Russia release "
                + "Ukrainian ships and crews (26 November 2018).")).isEmpty();
        assertThat(read("Lavrov said: Russia demands that Kyiv withdraw.")).contains("RUS>UKR 100 asserted");
        assertThat(read("Denis Pushilin, a leader of the Donetsk People's Republic, said the vote was valid."))
                .containsExactly("UKR>- 010 asserted");
    }

    @Test
    void aFiniteVerbAfterAComplementGoesOnFromTheGoverningVerb() {
        assertThat(read("Samantha Power accused Moscow of sending tanks across the border, and called on Russia to "
                + "withdraw its forces."))
                .contains("USA>RUS 112 asserted", "USA>RUS 020 asserted")
                .doesNotContain("RUS>RUS 020 asserted", "RUS>- 020 asserted");
    }

    @Test
    void aGerundAfterWhileGoesOnWithTheAccusation() {
        assertThat(read("Kyiv accused Moscow of posing as a peacemaker while supplying weapons to the militants."))
                .contains("UKR>RUS 112 asserted")
                .noneMatch(e -> e.contains(" 072 asserted"));
    }

    @Test
    void wordsAfterAnActionAndACommaAreAnActOfTheirOwn() {
        assertThat(read("The Security Council adopted a resolution, endorsing the package of measures."))
                .contains("UN>- 051 asserted");
        assertThat(read("Obama held talks with Duda, urging all sides to work together."))
                .contains("USA>POL 040 asserted", "USA>- 020 asserted");
        // what a call was about is no consultation of its own
        assertThat(read("Zelensky and Putin spoke by telephone, discussing the war in Donbas."))
                .noneMatch(e -> e.contains(" 040 "));
    }

    @Test
    void aGroupPhraseWithANumberStandsForThatManyParties() {
        assertThat(read("Lithuania, Poland and Ukraine signed a joint declaration. The three ministers condemned Russia."))
                .contains("LTU>RUS 111 asserted", "POL>RUS 111 asserted", "UKR>RUS 111 asserted");
        // "both sides" are two, not the three who signed
        assertThat(read("Lithuania, Poland and Ukraine signed a joint declaration. Both sides condemned Russia."))
                .noneMatch(e -> e.contains(" 111 "));
    }

    @Test
    void aStatementSpeaksForWhoIssuedIt() {
        assertThat(read("The White House issued a statement in the name of its press secretary that accused the "
                + "Russian military of the attack.")).contains("USA>RUS 112 asserted");
        // a resolution Russia vetoed condemned nothing in Russia's name
        assertThat(read("Russia vetoed a resolution drafted by Albania that condemned the votes as illegal."))
                .noneMatch(e -> e.contains("RUS>") && e.contains(" 111 "));
    }

    @Test
    void aCallAfterASpeechVerbIsTheSpeakersWithTheOneTold() {
        assertThat(read("Vladimir Putin told Emmanuel Macron in a phone call on Friday that talks had stalled."))
                .contains("RUS>FRA 041 asserted");
    }

    @Test
    void aCallBetweenSeveralLeadersIsTheFirstNamedsToEachOther() {
        assertThat(read("The truce was agreed in a four-way telephone call on Tuesday night between Poroshenko, "
                + "Vladimir Putin, Angela Merkel and Emmanuel Macron."))
                .containsExactly("UKR>RUS 041 asserted", "UKR>DEU 041 asserted", "UKR>FRA 041 asserted");
    }

    @Test
    void aNegationDoesNotReachIntoAClauseAfterAfter() {
        assertThat(read("Russia did not take part after Ukraine barred its singer from entering the country."))
                .contains("UKR>- 163 asserted");
        assertThat(read("Russia did not withdraw its troops after talks.")).contains("RUS>- 0874 negated");
    }

    @Test
    void aListInsideARelativeClauseStaysInIt() {
        assertThat(read("The team, which includes Australia, Belgium and Ukraine, blamed Russia.")).isEmpty();
        assertThat(read("The EU, which includes Belgium, France and Germany, condemned Russia."))
                .containsExactly("EU>RUS 111 asserted");
    }

    @Test
    void weeksAreDatedByTheirMonth() {
        String text = "Russia pulled its officers out of the monitoring centre last week.";
        List<Timex> timexes = List.of(date("last week", text, "2017-W51", true));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, timexes)).extracting(Event::date).containsExactly("2017-12");
    }

    @Test
    void weeksAgoAreCountedBackToTheDayAndAWeekendSpansItsTwoDays() {
        String text = "Russia shelled Kharkiv three weeks ago. Kyiv shelled Donetsk over the weekend.";
        Timex ago = new Timex(text.indexOf("three"), text.indexOf(" Kyiv") - 1, "three weeks ago", TimexType.DATE,
                "2022-W05", true, "rel.ago");
        List<Timex> timexes = List.of(ago, date("the weekend", text, "2022-W07-WE", true));
        // published Tuesday 22 February 2022: three weeks back is Tuesday 1 February
        assertThat(EXTRACTOR.extract(text, PUBLISHED, timexes))
                .extracting(e -> e.action().code() + " " + e.date() + ".." + e.end())
                .containsExactly("194 2022-02-01..null", "194 2022-02-19..2022-02-20");
    }

    @Test
    void aDayAfterAnEventRestatesTheDateBeforeItAndDatesItsOwnClauseADayEarlier() {
        String text = "On Monday, a day after the referendum, the EU imposed sanctions on Russia. "
                + "Kyiv imposed martial law on Monday, a day after Russian border guards fired on three vessels.";
        int second = text.indexOf("Kyiv");
        Timex monday1 = date("Monday", text, "2022-02-21", true);
        Timex after1 = new Timex(text.indexOf("a day after"), text.indexOf("a day after") + 11, "a day after",
                TimexType.DATE, "2022-02-22", true, "rel.after-event");
        int m2 = text.indexOf("Monday", second);
        Timex monday2 = new Timex(m2, m2 + 6, "Monday", TimexType.DATE, "2022-02-21", true, "test");
        int a2 = text.indexOf("a day after", second);
        Timex after2 = new Timex(a2, a2 + 11, "a day after", TimexType.DATE, "2022-02-22", true, "rel.after-event");
        assertThat(EXTRACTOR.extract(text, PUBLISHED, List.of(monday1, after1, monday2, after2)))
                .extracting(e -> e.action().code() + " " + e.date())
                .containsExactly("163 2022-02-21", "1724 2022-02-21", "190 2022-02-20");
    }

    @Test
    void aParticipleClauseMayComeBetweenTheDateAndTheDayAfter() {
        String text = "Putin ordered troops into Donbas on Monday, adding 137,000 troops to the army in a sign "
                + "of a long war, a day after Ukrainian forces shelled Donetsk.";
        Timex monday = date("Monday", text, "2022-02-21", true);
        int a = text.indexOf("a day after");
        Timex after = new Timex(a, a + 11, "a day after", TimexType.DATE, "2022-02-22", true, "rel.after-event");
        assertThat(EXTRACTOR.extract(text, PUBLISHED, List.of(monday, after)))
                .extracting(e -> e.action().code() + " " + e.date())
                .contains("194 2022-02-20");
    }

    @Test
    void eachVerbOfACoordinationHasItsOwnDate() {
        String text = "Macron held talks with Putin on Monday and visited Kyiv on Tuesday.";
        List<Timex> timexes = List.of(date("Monday", text, "2022-02-21", true), date("Tuesday", text, "2022-02-22", true));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, timexes))
                .extracting(e -> e.action().code() + " " + e.date())
                .containsExactly("040 2022-02-21", "042 2022-02-22");
        // a verb with no date of its own shares the clause's
        String shared = "Macron held talks with Putin on Monday and signed a deal.";
        assertThat(EXTRACTOR.extract(shared, PUBLISHED, List.of(date("Monday", shared, "2022-02-21", true))))
                .extracting(e -> e.action().code() + " " + e.date())
                .contains("057 2022-02-21");
        // the verb before "and" need not be an action itself ("landed in")
        String flew = "Putin landed in Ulaanbaatar on Monday and held talks with Khurelsukh on Tuesday.";
        assertThat(EXTRACTOR.extract(flew, PUBLISHED, List.of(date("Monday", flew, "2022-02-21", true),
                        date("Tuesday", flew, "2022-02-22", true))))
                .extracting(e -> e.action().code() + " " + e.date())
                .containsExactly("040 2022-02-22");
    }

    @Test
    void aDateInARelativeClauseDatesNoOtherVerb() {
        String text = "Rebels pressed their assault on Debaltseve in breach of the ceasefire that was to have held "
                + "since Sunday. Moscow denied any role.";
        List<Timex> timexes = List.of(date("since Sunday", text, "2015-02-15", true));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, timexes))
                .extracting(e -> e.action().code() + " " + e.dateSource().json())
                .containsExactly("196 published", "016 published");
    }

    @Test
    void aDeedInTheSimplePastIsNotDatedBySinceAfterIt() {
        String thanked = "Kuleba thanked Poland for standing by Ukraine since 2014.";
        assertThat(EXTRACTOR.extract(thanked, PUBLISHED, List.of(date("2014", thanked, "2014", false))))
                .extracting(e -> e.action().code() + " " + e.dateSource().json())
                .containsExactly("051 published");
        // a "since" before the verb still dates what its "when" clause tells
        String recalled = "Moscow has had no ambassador in Kyiv since February, when it recalled Mikhail Zurabov for consultations.";
        assertThat(EXTRACTOR.extract(recalled, PUBLISHED, List.of(date("February", recalled, "2014-02", true))))
                .extracting(e -> e.action().code() + " " + e.date())
                .containsExactly("161 2014-02");
    }

    @Test
    void aDateInAnAsideIsNotTheParagraphsDate() {
        String text = "Konashenkov said 531 fighters had laid down their weapons on Monday, bringing the number "
                + "who had given themselves up since last spring to 2,439. He accused Ukraine of stalling.";
        List<Timex> timexes = List.of(date("Monday", text, "2022-02-21", true), date("last spring", text, "2021-SP", true));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, timexes))
                .extracting(e -> e.action().code() + " " + e.date())
                .contains("112 2022-02-21");
    }

    @Test
    void aDateOpeningASentenceWithoutEventsIsTheContextNotALaterDateInside() {
        String text = "On Wednesday the upper house cancelled the authorisation it had given him in March. "
                + "Poroshenko welcomed that step.";
        List<Timex> timexes = List.of(date("Wednesday", text, "2022-02-16", true), date("March", text, "2021-03", false));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, timexes))
                .extracting(e -> e.action().code() + " " + e.date() + " " + e.dateSource().json())
                .containsExactly("051 2022-02-16 context");
    }

    @Test
    void aVerbalActAfterAReportedPerfectWithoutThatIsTheSpeakers() {
        assertThat(read("Russia's defence ministry said Ukrainian forces had shelled Enerhodar and blamed Kyiv "
                + "for the damage.")).containsExactly("UKR>- 194 asserted", "RUS>UKR 112 asserted");
        // a physical act stays with the reported subject
        assertThat(read("Kyiv said Russian troops had shelled Mariupol and killed ten civilians."))
                .containsExactly("RUS>UKR 194 asserted");
    }

    @Test
    void partiesAccusingEachOtherActOnEachOther() {
        assertThat(read("Russia and Ukraine blamed each other for the attack."))
                .containsExactly("RUS>UKR 112 asserted", "UKR>RUS 112 asserted");
    }

    @Test
    void thePluralDemonymStandsForItsState() {
        assertThat(read("The Russians shelled Kharkiv.")).containsExactly("RUS>UKR 194 asserted");
    }

    @Test
    void moreThanTwoPartiesSignOnceEach() {
        assertThat(read("Ukraine, Russia and the OSCE signed a protocol."))
                .containsExactly("UKR>RUS 057 asserted", "RUS>OSCE 057 asserted", "OSCE>UKR 057 asserted");
    }

    @Test
    void aWireDatelineDoesNotDateTheEvent() {
        String text = "KYIV, Nov 27 (EW) - Ukraine imposed martial law after Russia seized three navy ships on Sunday.";
        List<Timex> timexes = List.of(date("Nov 27", text, "2018-11-27", false), date("Sunday", text, "2018-11-25", true));
        assertThat(EXTRACTOR.extract(text, LocalDate.of(2018, 11, 27), timexes))
                .extracting(e -> e.action().code() + " " + e.date())
                .containsExactly("1724 2018-11-25", "171 2018-11-25");
    }

    @Test
    void anyMixOfWordsAndMarksIsReadWithoutFailing() {
        String[] words = {"Russia", "Ukraine", "said", "would", "not", "the", "and", ",", ".", ";", "who", "by",
                "was", "shelled", "signed", "a", "deal", "Putin", "met", "Macron", "if", "to", "warned", "'s",
                "\"", "(", ")", "\n\n", "US", "on", "Monday", "that", "they", "he", "invasion", "of", "—", "No"};
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String t = text.toString();
            List<Timex> timexes = t.contains("Monday")
                    ? List.of(date("Monday", t, random.nextBoolean() ? "2022-02-21" : "2021-W53", true)) : List.of();
            assertThat(EXTRACTOR.extract(t, random.nextBoolean() ? PUBLISHED : null, timexes)).isNotNull();
        }
    }

    @Test
    void groupPhrasesStandForTheLastGroup() {
        assertThat(read("Putin and Zelensky met in Paris. The two presidents also agreed to exchange prisoners. "
                + "Macron urged both sides to respect the truce."))
                .contains("RUS>UKR 0841 planned", "UKR>RUS 0841 planned", "FRA>RUS 020 asserted", "FRA>UKR 020 asserted");
    }

    @Test
    void callsNamedByANoun() {
        assertThat(read("In a telephone call on Monday, Putin urged Obama to act."))
                .containsExactly("RUS>- 041 asserted", "RUS>USA 020 asserted");
        assertThat(read("Lavrov, in a telephone call with his German counterpart, criticised Kyiv."))
                .contains("RUS>DEU 041 asserted");
        assertThat(read("A telephone conversation between Poroshenko and Putin was held."))
                .containsExactly("UKR>RUS 041 asserted");
    }

    @Test
    void coordinatedSubjectsMayBeAnActorsPeopleOrAnIndefiniteGroup() {
        assertThat(read("NATO ambassadors and a Russian delegation met for four hours in Brussels on Wednesday."))
                .containsExactly("NATO>RUS 040 asserted", "RUS>NATO 040 asserted");
        assertThat(read("Ukrainian troops and Polish soldiers met at the border."))
                .containsExactly("UKR>POL 040 asserted", "POL>UKR 040 asserted");
    }

    @Test
    void aListOfTitledPeopleAfterACommaIsOneList() {
        assertThat(read("Biden held a call with Scholz, French President Emmanuel Macron, British Prime Minister Rishi"
                + " Sunak and Italian Prime Minister Giorgia Meloni.")).containsExactly("USA>DEU 041 asserted",
                "USA>FRA 041 asserted", "USA>GBR 041 asserted", "USA>ITA 041 asserted");
    }

    @Test
    void aRelativeClauseOpenedByAPrepositionHasASubjectOfItsOwn() {
        assertThat(read("Ukraine, on whose border Russia massed tens of thousands of troops, hung over the meeting."))
                .containsExactly("RUS>- 154 asserted");
    }

    @Test
    void aGroupPhraseMayReferToPartiesEarlierInItsSentence() {
        assertThat(read("Biden and Putin met in Geneva and agreed on a short list: the two countries will send their"
                + " ambassadors back to their posts.")).contains("USA>RUS 050 planned", "RUS>USA 050 planned");
    }

    @Test
    void partnersOfAMutualActionAreAGroup() {
        assertThat(read("Biden spoke with Zelensky by phone. The two leaders together urged Russia to halt its attacks."))
                .contains("USA>RUS 020 asserted", "UKR>RUS 020 asserted");
    }

    @Test
    void anOfficeInAppositionMayHaveWordsBeforeIt() {
        assertThat(EXTRACTOR.extract("Andriy Deshchytsia, the acting foreign minister, urged the protesters to leave.",
                LocalDate.of(2014, 6, 14), List.of())).extracting(e -> e.source().name()).containsExactly("Andriy Deshchytsia");
    }

    @Test
    void verbsJoinedByAndShareTheirObject() {
        assertThat(read("Russian border guards fired on and seized two Ukrainian gunboats."))
                .containsExactly("RUS>UKR 190 asserted", "RUS>UKR 171 asserted");
    }

    @Test
    void neitherConfirmedNorDeniedIsNoStatement() {
        assertThat(read("The Kremlin has neither confirmed nor denied that its troops are in Belarus."))
                .noneMatch(e -> e.endsWith("asserted"));
        assertThat(read("Moscow has so far announced no countermeasures.")).isEmpty();
    }

    @Test
    void aThingThatActsNamesNoOneAndHoldsNoStatementBack() {
        assertThat(read("Grossi told reporters on Friday that a projectile had hit the training centre."))
                .containsExactly("IAEA>- 010 asserted");
        assertThat(read("Kyiv said Russian forces had shelled Mariupol.")).containsExactly("RUS>UKR 194 asserted");
    }

    @Test
    void aHedgedDeedIsNotStatedAsFact() {
        assertThat(read("The missile was most likely fired by Ukraine, Poland said.")).containsExactly("POL>- 010 asserted");
    }

    @Test
    void theGovernmentInACapitalIsThatCapitalsGovernment() {
        assertThat(read("The government in Kyiv accused Russia of orchestrating the bloodshed."))
                .containsExactly("UKR>RUS 112 asserted");
        assertThat(read("Officials in Kyiv said the talks were useful.")).isEmpty();
    }

    @Test
    void aParticipleAsideMayHoldAClauseOfItsOwn() {
        assertThat(read("Dmytro Kuleba, writing on Twitter while the fire was still burning, demanded that Russian"
                + " troops stop firing.")).contains("UKR>RUS 100 asserted");
    }

    @Test
    void aRelativeClauseMayHoldAClauseOfItsOwn() {
        assertThat(read("President Volodymyr Zelensky, who learned of the attack while on a visit to Warsaw, signed"
                + " a security agreement with Donald Tusk.")).contains("UKR>POL 057 asserted", "POL>UKR 057 asserted");
    }

    @Test
    void aPastVerbAfterAReportedWillIsTheReportersOwn() {
        // "promised" cannot share "will": NATO promised, and as a deed, not a plan
        assertThat(read("NATO foreign ministers reaffirmed that Ukraine will one day become a member of the alliance"
                + " and promised to help Kyiv rebuild its power grid.")).containsExactly("NATO>UKR 030 asserted");
        assertThat(read("Lavrov said that Ukraine would join the talks and offered to host them in Moscow."))
                .contains("RUS>- 030 asserted");
        // "destroyed" shares "would be": still the reported clause's, and as hypothetical
        assertThat(read("Medvedev warned that the attackers would be found and destroyed."))
                .contains("RUS>- 171 hypothetical").noneMatch(e -> e.contains(" 171 asserted"));
    }

    @Test
    void aVerbWithItsObjectBeforeByIsNoReducedPassive() {
        assertThat(read("Russia and Ukraine resumed talks by video link on Monday."))
                .containsExactly("RUS>UKR 046 asserted", "UKR>RUS 046 asserted");
        assertThat(read("Kyiv rejected the deal brokered by Turkey.")).noneMatch(e -> e.startsWith("TUR>"));
    }

    @Test
    void aSpokespersonSpeaksForWhomTheyAreSpokespersonFor() {
        assertThat(read("A spokesman for the Ukrainian military condemned the attack.")).containsExactly("UKR>- 111 asserted");
        assertThat(read("Andrey Yusov, a spokesman for the Ukrainian military intelligence directorate, called it a"
                + " deliberate provocation by Russia's own special services.")).containsExactly("UKR>RUS 111 asserted");
    }

    @Test
    void aPronounInWhatIsSaidIsNoSpeaker() {
        // "they" is Russia, but the one who conceded is an unnamed official after the comma
        assertThat(read("Obama called Russia a regional power. Sanctions would cost Europe more than they would cost"
                + " America, one European official conceded privately.")).noneMatch(e -> e.contains(" 012 "));
        assertThat(read("Merkel conceded that the deadline would slip."))
                .containsExactly("DEU>- 012 asserted");
    }

    @Test
    void unnamedOfficialsMakeNoStatement() {
        assertThat(read("US officials said the tanks were unlikely to reach Ukraine for many months.")).isEmpty();
        assertThat(read("Some US officials, speaking anonymously to reporters, said the jet had been hit.")).isEmpty();
        assertThat(read("The Pentagon said the tanks would reach Ukraine in months.")).containsExactly("USA>- 010 asserted");
    }

    @Test
    void aPersonWithTheirOfficeInAppositionIsTheSubject() {
        assertThat(EXTRACTOR.extract("Boris Johnson, the British prime minister, spoke to Zelensky. He called the attack reckless.", PUBLISHED, List.of()))
                .extracting(e -> e.source().name()).containsExactly("Boris Johnson", "Boris Johnson");
    }

    @Test
    void wordsAfterACommaAndAreTheSpeakersDeedsTheDoers() {
        assertThat(read("Putin said the talks were useful, and accused the United States of holding exercises."))
                .contains("RUS>USA 112 asserted");
        assertThat(read("Kyiv said Russian forces had shelled Mariupol, and urged the West to send air defence."))
                .contains("RUS>UKR 194 asserted", "UKR>- 020 asserted");
    }

    @Test
    void forceUsedOnAPlaceIsUsedOnItsSide() {
        assertThat(read("A Russian drone hit a bus carrying civilians near Bilopillia, in the Sumy region."))
                .containsExactly("RUS>UKR 195 asserted");
        // "the city": the last place named
        assertThat(read("The governor of Chernihiv spoke on Wednesday. Russian forces had shelled the city all night."))
                .contains("RUS>UKR 194 asserted");
        // not a place in a clause of its own, nor someone named by a pronoun
        assertThat(read("Russian vessels fired on them as they tried to pass through the Kerch Strait."))
                .containsExactly("RUS>- 190 asserted");
    }

    @Test
    void himOrHerAsAnObjectIsThePersonMeant() {
        // the nearest person named before the verb who is not its subject
        assertThat(read("Obama spoke to Putin by telephone on Saturday and urged him to pull his forces back."))
                .contains("USA>RUS 020 asserted");
        // else the paragraph's last person acting, when not the subject
        assertThat(read("Putin met Obama in New York. Hollande pressed him in Paris on Friday to strike the rebels."))
                .contains("FRA>RUS 020 asserted");
        // else its last person acted upon
        assertThat(read("Merkel met Putin in Moscow. She urged him to withdraw his troops."))
                .contains("DEU>RUS 020 asserted");
        // a possessive "her" is no object
        assertThat(read("Merkel urged her government to act.")).containsExactly("DEU>- 020 asserted");
    }

    @Test
    void aCallBetweenCoordinatedSubjectsIsOneCallTheFirstNamedOnes() {
        // one side placed the call; when the article does not say which, the first named
        assertThat(read("Volodymyr Zelensky and Vladimir Putin spoke by telephone on Sunday."))
                .containsExactly("UKR>RUS 041 asserted");
        // a meeting is still each side's
        assertThat(read("Volodymyr Zelensky and Vladimir Putin met in Paris on Monday."))
                .containsExactly("UKR>RUS 040 asserted", "RUS>UKR 040 asserted");
    }

    @Test
    void cuesOfOneVerbStopAtTheNextCoordinatedVerb() {
        assertThat(read("Obama said it was too early to tell whether the deal would hold and threatened Russia with more sanctions."))
                .containsExactly("USA>RUS 1312 asserted");
    }

    @Test
    void anInfinitiveSpeechVerbAfterAPastVerbIsAStatementMade() {
        assertThat(read("Putin used the meeting to say that peace would come.")).containsExactly("RUS>- 010 asserted");
        assertThat(read("Putin wants to say that peace would come.")).isEmpty();
    }

    @Test
    void aDeedDoneIsNotDatedByThePeriodItIsFor() {
        String text = "Orban vetoed a package of support for Ukraine over the next four years.";
        int at = text.indexOf("the next four years");
        Timex years = new Timex(at, at + 19, "the next four years", TimexType.DATE, "2023", true, "test");
        assertThat(EXTRACTOR.extract(text, LocalDate.of(2022, 12, 15), List.of(years)))
                .extracting(e -> e.action().code() + " " + e.date() + " " + e.dateSource().json())
                .containsExactly("129 2022-12-15 published");
    }

    @Test
    void anOccupationInThePresentSimpleIsAStateNotAnEvent() {
        assertThat(read("Voting was staged in the regions that Russia occupies.")).isEmpty();
        assertThat(read("Russian troops occupied the airport.")).containsExactly("RUS>- 192 asserted");
    }

    @Test
    void freeAsAnAdjectiveFreesNoOne() {
        assertThat(read("Western governments said the vote was neither free nor fair.")).isEmpty();
        assertThat(read("The White House called the vote neither free nor fair.")).containsExactly("USA>- 111 asserted");
    }

    @Test
    void aMeetingPlannedToSettleWhatWillHappenIsStillPlanned() {
        assertThat(read("Russia and Ukraine are due to meet on Sunday to see how the pause will work."))
                .containsExactly("RUS>UKR 040 planned", "UKR>RUS 040 planned");
    }

    @Test
    void agreeingToHaltAttacksIsNoAttack() {
        assertThat(read("Putin agreed in a telephone call with Trump on Tuesday to halt attacks on Ukraine's energy"
                + " infrastructure.")).extracting(e -> e.substring(e.indexOf(' ') + 1)).doesNotContain("190 asserted")
                .contains("087 asserted");
    }

    @Test
    void aPossessiveDateOpensNoSentence() {
        String text = "The week's first round, in Geneva on Monday, lasted eight hours. Wendy Sherman said"
                + " afterwards that Washington had pushed back on Russia's proposals.";
        List<Timex> timexes = List.of(date("The week", text, "2022-W08", true), date("Monday", text, "2022-02-21", true));
        assertThat(EXTRACTOR.extract(text, PUBLISHED, timexes)).extracting(e -> e.action().code() + " " + e.date())
                .containsExactly("120 2022-02-21");
    }

    @Test
    void praiseOfOnesOwnIsNoEvent() {
        assertThat(read("Putin congratulated the Wagner detachments.")).isEmpty();
        assertThat(read("Xi congratulated Putin on Monday.")).containsExactly("CHN>RUS 051 asserted");
    }

    @Test
    void aListOfNamesMayHoldArticles() {
        assertThat(read("Poland, the Czech Republic and Slovenia met Zelensky on Tuesday."))
                .containsExactly("POL>UKR 040 asserted", "CZE>UKR 040 asserted", "SVN>UKR 040 asserted");
    }

    @Test
    void anAgreementIsSignedByBothSides() {
        assertThat(read("Putin signed treaties of friendship with the separatist republics."))
                .containsExactly("RUS>UKR 057 asserted", "UKR>RUS 057 asserted");
    }
}
