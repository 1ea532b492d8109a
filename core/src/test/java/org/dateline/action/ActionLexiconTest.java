package org.dateline.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.dateline.text.RuleFile;
import org.junit.jupiter.api.Test;

class ActionLexiconTest {
    private static final ActionLexicon LEXICON = new ActionLexicon();

    @Test
    void bundledLexiconAndCatalogueHaveNoBadLines() {
        assertThat(LEXICON.problems()).isEmpty();
    }

    @Test
    void everyEntryCodesItsExample() {
        List<String> failures = new ArrayList<>();
        for (ActionLexicon.Entry e : LEXICON.entries()) {
            List<String> codes = LEXICON.find(e.example()).stream().map(m -> m.code().code()).toList();
            if (e.code() == ActionLexicon.NOT_AN_ACTION ? !codes.isEmpty() : !codes.contains(e.code().code())) {
                failures.add(e.where() + ": '" + e.example() + "' gave " + codes + ", not " + e.code().code());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aVerbsParticleOpensNoGapOfItsOtherEntries() {
        // "[call] on" is an appeal: "[call] ... aggression" may not run its gap over "on"
        assertThat(codes("The EU called on Russia to stop its aggression.")).containsExactly("020");
        assertThat(codes("The EU called the strike an act of aggression.")).containsExactly("111");
        // "off" is no such particle: "breaking off relations" is still breaking relations
        assertThat(codes("Kyiv was breaking off diplomatic relations with Moscow.")).containsExactly("161");
        // a particle only bars the verb's own entries, and a gap's later words: "agreed on Friday that"
        assertThat(codes("The four leaders agreed on Friday that elections must be held.")).containsExactly("057");
    }

    @Test
    void catalogueCoversAllTwentyRoots() {
        assertThat(LEXICON.catalogue().all().stream().map(CameoCode::root).filter(r -> !r.startsWith("X")).distinct())
                .hasSize(20);
        assertThat(LEXICON.catalogue().get("1312")).isEqualTo(new CameoCode("1312", "threaten with sanctions, boycott, embargo", 3, -5.8));
        assertThat(LEXICON.catalogue().get("057").goldstein()).isEqualTo(8.0);
        assertThat(LEXICON.catalogue().get("190").quadClass()).isEqualTo(4);
    }

    @Test
    void aBareVerbFormAfterADeterminerAndANameIsANoun() {
        assertThat(codes("After the Oval Office clash, Zelensky left Washington.")).isEmpty();
        assertThat(codes("There was no sign of an intentional Russian attack.")).isEmpty(); // an adjective first
        assertThat(codes("Kyiv says Russians attack daily.")).contains("190");
        assertThat(codes("The Kremlin warns Kyiv.")).containsExactly("130");
        assertThat(codes("The EU said it would close its airspace.")).contains("010");
    }

    @Test
    void someDeterminersAreAdverbsBeforeAPastForm() {
        assertThat(codes("The Council further called on all parties to implement the package.")).containsExactly("020");
        assertThat(codes("Germany and France each told four Russian diplomats to leave.")).containsExactly("161");
        assertThat(codes("There was no further attack on the city.")).isEmpty(); // before a bare form, still a determiner
    }

    @Test
    void aBareVerbFormAfterOfIsANoun() {
        assertThat(codes("Poroshenko called the murder an act of state terrorism by Russia.")).containsExactly("111");
        assertThat(codes("Commanders spoke of shortages of shells.")).isEmpty();
        assertThat(codes("Kyiv was accused of attacking the bridge.")).contains("112");
    }

    @Test
    void aVerbFormRightAfterAPrepositionNoVerbFollowsIsANoun() {
        assertThat(codes("Kyiv may use the missiles against targets inside Russia.")).isEmpty();
        assertThat(codes("Markets fell amid strikes on Kharkiv.")).isEmpty();
        assertThat(codes("Russian missiles targeted Kyiv.")).containsExactly("195");
    }

    @Test
    void aParticipleAfterAnInfinitiveIsAnAdjective() {
        assertThat(codes("The strike hurt the fleet's ability to repair damaged vessels.")).isEmpty();
        assertThat(codes("Russia is believed to have damaged the dam.")).containsExactly("171");
        assertThat(codes("The ships are likely to be seized by Russia.")).containsExactly("171");
    }

    @Test
    void aGapPassesOverAParenthesisWithoutCountingIt() {
        assertThat(codes("Germany sent (after weeks of debate in Berlin) 14 Leopard tanks to Ukraine.")).containsExactly("072");
        assertThat(codes("Canada will provide C$3bn ($2.2bn; \u00A31.8bn) in financial support.")).containsExactly("071");
        assertThat(codes("Germany sent a letter (its third this year) and some more documents about tanks.")).isEmpty();
    }

    @Test
    void aGapRunsOverTheCommasOfAListOfNames() {
        assertThat(codes("Obama assured Estonia, Latvia and Lithuania that NATO would defend them.")).contains("030");
        // a comma between a date and the next clause's subject is no list: "opened ... talks" is no 046
        assertThat(codes("Before the summit opened on Friday, Obama held talks with Duda.")).containsExactly("040");
    }

    @Test
    void aNounCapitalisedInsideASentenceIsPartOfAName() {
        assertThat(codes("Analysts will cover it in the May 11 Russian Offensive Campaign Assessment.")).isEmpty();
        assertThat(codes("The Russian offensive stalled.")).containsExactly("190");
    }

    @Test
    void aGapCountsANameAsOneWord() {
        assertThat(codes("Ukraine will ask the UN Security Council and the OSCE Permanent Council to act.")).containsExactly("020");
        assertThat(codes("Ukraine will ask the council and the other members of the assembly to act.")).isEmpty();
    }

    @Test
    void aGapRunsOverANameInApposition() {
        assertThat(codes("Popescu ordered the Russian ambassador, Oleg Vasnetsov, to be summoned.")).containsExactly("114");
    }

    @Test
    void aNameSlotTakesCapitalisedWordsOnly() {
        assertThat(codes("Merkel called Russian President Vladimir Putin and demanded a pullback.")).startsWith("041");
        assertThat(codes("Rubio called Lavrov on Saturday.")).containsExactly("041");
        // a name said of someone, a place so called: no call
        assertThat(codes("Biden called Putin a killer.")).doesNotContain("041");
        assertThat(codes("They reached a town called Sloviansk, where fighting raged.")).doesNotContain("041");
        assertThat(codes("He called the Kremlin on Monday.")).doesNotContain("041");
    }

    @Test
    void aGapCountsAnAmountAsOneWord() {
        // "$450m" is three tokens ("$", "450", "m"): counted as three, "military" was out of reach
        assertThat(codes("It would send Ukraine a further $450m in military aid.")).containsExactly("072");
        assertThat(codes("It would send Ukraine another \u00A3800m in weapons.")).containsExactly("072");
        assertThat(codes("It would send Ukraine a further four hundred old crates of military aid.")).isEmpty();
    }

    @Test
    void inflectionsAndLongestMatch() {
        assertThat(codes("The EU slapped new sanctions on Moscow.")).containsExactly("163");
        assertThat(codes("Ukrainian forces retook Kherson.")).containsExactly("190");
        assertThat(codes("Zelensky asked Germany for more tanks.")).containsExactly("023");
        assertThat(codes("Washington is imposing sanctions.")).containsExactly("163");
        assertThat(codes("Moscow threatened to impose sanctions on Kyiv.")).containsExactly("1312");
        assertThat(codes("Britain recognised the independence of Kosovo.")).containsExactly("054");
        assertThat(codes("Russian forces shelled Mariupol and bombed Kharkiv.")).containsExactly("194", "195");
    }

    @Test
    void passiveHeadsAreMarked() {
        List<ActionMatch> m = LEXICON.match("Mariupol was shelled by Russian forces.",
                org.dateline.text.Tokenizer.tokenize("Mariupol was shelled by Russian forces."));
        assertThat(m).hasSize(1);
        assertThat(m.get(0).passive()).isTrue();
        String active = "Russian forces shelled Mariupol.";
        assertThat(LEXICON.match(active, org.dateline.text.Tokenizer.tokenize(active)).get(0).passive()).isFalse();
    }

    @Test
    void badLinesAreReportedWithFileLineAndReason() {
        List<RuleFile.Line> lines = RuleFile.read("lexicon.txt", new StringReader(
                "# header\n999 | [frobnicate] | | x\n190 | ... attack | | x\n190 | [attack] | loud | x\n190 | [attack] | |\n"));
        ActionLexicon bad = new ActionLexicon(new CameoCatalogue(), lines);
        assertThat(bad.problems()).containsExactly(
                "lexicon.txt:2: code '999' is not in cameo.txt",
                "lexicon.txt:3: a pattern must start with a required word and not end with '...'",
                "lexicon.txt:4: unknown flag 'loud' (speech, governs, mutual, noun, abroad, state, caller)",
                "lexicon.txt:5: every entry needs an example sentence");
        assertThat(new CameoCatalogue(RuleFile.read("cameo.txt", new StringReader("190 | 2 | -10 | fight\n"))).problems())
                .containsExactly("cameo.txt:1: quad class of 190 must be 4");
    }

    private static List<String> codes(String text) {
        return LEXICON.find(text).stream().map(m -> m.code().code()).toList();
    }
}
