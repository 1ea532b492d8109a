package org.dateline.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dateline.eval.ArticleResult;
import org.dateline.eval.Evaluation;
import org.dateline.eval.EvaluationReport;
import org.dateline.eval.ReportPrinter;
import org.dateline.eval.Score;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Floors under the extractor's figures on the sample corpus (what
 * {@code java -jar core/target/dateline-core.jar evaluate samples/articles samples/gold} prints).
 *
 * <p>These constants only ever move toward better: raise them when the extractor improves,
 * never lower them to make a change pass.
 */
class EvaluationFloorTest {
    // Five articles added on 2026-11-25 (49 articles, 546 gold events; the build of that morning
    // gives F1 0.785 on them all). Raised on 2026-11-25 09:55 UTC from main: F1 0.813, then 0.815
    // (P 0.902, R 0.744; on the first 44 articles 0.818), every publication date right, no
    // must-not violation.

    // 2026-11-25 (session 6): four articles added (53 articles, 576 gold events; the build of the
    // morning gives F1 0.803 on them all, this one 0.831, P 0.904, R 0.769).

    // 2026-11-25 (session 7): seventeen articles added, all written and annotated before Dateline
    // was run on them (the build of the session's start, 4a62bc4: F1 0.667 on the seventeen with
    // their gold as first written, one wrong publication date and one must-not violation among
    // them; 0.803 on all 70); after the fixes they led to, 0.849 (P 0.914, R 0.792) on the 70.

    // 2026-11-25 (session 8): twenty-eight articles added, written and annotated by helpers that
    // never ran Dateline nor read its rules, in site layouts of their own (a printer-friendly page,
    // AMP, a Next.js page, Ghost sites, live blogs, a paywalled page, windows-1252 and ISO-8859-1
    // pages, plain text with breadcrumbs, standfirsts and "most popular" lists...), in three
    // batches, each first run before any fix was made for it:
    //   first twelve: the session's start build (4b57a2e) F1 0.663 (P 0.750, R 0.593, two
    //     must-not violations); after the fixes they led to, 0.781;
    //   next eight: start build 0.643, main before fixing for them 0.687, then 0.711;
    //   last eight: start build 0.634, main before fixing for them 0.670, then 0.736.
    // Every publication date was right at every first run. The 70 articles before them went from
    // 0.849 to 0.855 meanwhile, and keep their own floor, so that a harder corpus never hides a
    // loss on the old one.

    // 2026-11-25 (session 9): twenty-four articles added in two batches of twelve, written and
    // annotated blind by helpers as in session 8. The first twelve:
    // session 8 (a wire page, a broadcaster, an ISO-8859-1 Ghost page, Arc-XP, WordPress with a
    // membership box, a live blog, AMP, a windows-1252 Drupal page, Next.js, an exile outlet with a
    // donation box, a Ghost newsletter, plain text with a site menu, comments and a funding appeal).
    // The session's start build (7e73cbd) gave F1 0.555 on them (P 0.637, R 0.491), one wrong
    // publication date (the plain-text page) and nine must-not violations; after the fixes they
    // led to, 0.696. Two of their mustNot fragments were parliament votes, which the gold README
    // says are no events and belong in no mustNot list: they were taken out. The 98 articles before
    // them went from 0.817 to 0.819 meanwhile and keep their own floor.
    // The second twelve (a Drupal page in windows-1252, a wire print page, cable news, a newsletter
    // e-mail as text, a financial paper's paywalled page, a broadcaster, live blogs, a 2014
    // newspaper-of-record page, a state agency's page, an EU policy site, plain text with a site
    // menu and comments), written after the first batch's fixes: the session's start build gave
    // F1 0.581 on them (8 must-not violations), main before any fix for them 0.590 (7 violations),
    // after the fixes they led to 0.659 (none). Every publication date was right at every first run.
    // Session 10 added twelve more, written blind the same way (a government press release, a
    // print view, a Warsaw paper in windows-1250, a think-tank commentary with footnotes, a wire
    // story in windows-1252 under a "more from the wire" box, a broadcaster's recap, a Substack-like
    // post, a windows-1252 broadcaster page, a portal splitting the text into div.paragraph blocks,
    // and three plain-text pages with a menu a link a line, related headlines and appeals): the
    // session's start build (43c9eac) gave F1 0.499 on them (P 0.583, R 0.436), two publication
    // dates missing and 18 must-not violations; after the fixes they led to 0.655 (no violation,
    // every date right). Eight more followed (a parliament's press service, a magazine long read
    // in windows-1252, a live-ticker outlet, a US TV station's wire copy, a fact-checking site, a
    // Russian state outlet's English page, two plain-text pages), written while the first twelve
    // were being fixed: the session's start build gave 0.587 on them (12 violations), main when
    // they were written 0.608 (6 violations), after the fixes they led to 0.664 (none). The 122
    // articles before session 10 went from 0.784 to 0.788 meanwhile.
    // Session 11 added twelve more, written blind (a Canadian broadcaster with a live rail, a German
    // outlet's English edition in windows-1252, a Council of the EU press release, a NATO news
    // release in windows-1252, a Next.js newspaper page with the text again in its JSON, a Polish
    // portal, a Latvian broadcaster in windows-1257, an Australian paywalled page, a think-tank
    // assessment with bracketed footnotes and a UTC stamp a day after its byline, and three plain-
    // text pages, one under a long ticker line): the session's start build (f558d8f) gave F1 0.532
    // on them (P 0.667, R 0.442), two publication dates wrong and 8 must-not violations; after the
    // fixes they led to 0.652 (none, every date right). The 142 articles before went from 0.769
    // to 0.772 meanwhile.
    // Session 12 added two batches of twelve, written blind. The first (a wire page dated only in
    // a <time>, a presidential press office page in windows-1251, a French broadcaster's English
    // edition, a weekly digest e-mail as text, a think-tank commentary in windows-1252, a British
    // tabloid with reader comments, an Indian paper's world page, a Kyiv outlet's text with its
    // membership appeal, a Japanese broadcaster, a Turkish agency in windows-1254, a Russian state
    // agency, a Baltic outlet's text under a cookie banner): the session's start build (4b3326e)
    // gave F1 0.618 on them (8 must-not violations); after the fixes they led to 0.730 (none).
    // The second, written while those fixes went on (a cable-news live page, a German
    // broadcaster in windows-1252, an EU diplomatic statement, a newsletter post as text, a
    // Ukrainian agency, a Qatar-based broadcaster, a parliament library briefing, a Polish
    // outlet's text under a cookie notice, a wire page, a live blog in windows-1252, a Kremlin
    // press release with a transcript, a Canadian outlet's text saved a paragraph a line): the
    // start build gave 0.568, main when they were written (31e3718) 0.585 (14 violations, one
    // publication date missing); after the fixes they led to 0.670 (none, every date right).
    // The 154 articles before went from 0.761 to 0.771 meanwhile.
    // Session 13 added twelve more, written blind (a UN meetings-coverage page, an Australian
    // broadcaster, a think-tank daily assessment with bracketed footnotes, a Moldovan outlet's text,
    // a Russian state agency, a US regional paper running wire copy in windows-1252, a NATO press
    // release, a Czech outlet's text dated "26. 3. 2018", a Ukrainian foreign-ministry statement, a
    // think-tank e-mail newsletter as text, an Italian agency in windows-1252, a British live page
    // with a contributions appeal): the session's start build (a697f31) gave F1 0.472 on them
    // (P 0.647, R 0.372), one publication date missing and one must-not violation; after the fixes
    // they led to 0.733. One mustNot fragment, a parliament vote, was taken out as in session 9.
    // A second twelve followed, written while those fixes went on (a South Korean daily, a
    // Lithuanian ministry release, an Austrian paper, an Armenian outlet's text, a US think tank
    // with footnotes, an energy newsletter's text behind a paywall line, an Irish paper in
    // windows-1252, a Dnipro news site, a Turkish broadcaster with a press-conference transcript, a
    // European Parliament release, a Canada.ca release, a Lithuanian broadcaster's text dated
    // "2020.07.28 16:05"): the start build gave 0.524 on them, main when they were written
    // (5510911) 0.529, one publication date missing and 3 must-not violations; after the fixes they
    // led to 0.678 (one violation left, a parliament vote, taken out of the gold as above). The
    // first twelve stayed at 0.733. The overall figure is 0.758 with all 202; the 178 articles
    // before went from 0.760 to 0.766 meanwhile.
    // Session 14 added twelve more, written blind (a Japanese broadcaster, a German Foreign Office
    // press release, a French site's English edition in windows-1252, a Polish outlet's text, a
    // wire story under a dateline, a Baltic outlet's text, a Nordic broadcaster in windows-1252,
    // an Indian daily with reader comments, a Canadian paper's text, a US think-tank update with
    // endnotes, a Moldovan site, a British live blog in windows-1252): the session's start build
    // (d88d0fe) gave F1 0.611 on them (P 0.728, R 0.527), every publication date right and no
    // must-not violation; after the fixes they led to 0.756. A second twelve followed, written
    // while those fixes went on (an Australian site in windows-1252, a Turkish daily, a UN
    // meetings-coverage release, a Romanian outlet's text, a Kyiv paper in windows-1252, a State
    // Department statement, a Finnish broadcaster's text, a British tabloid, Chinese state media, a
    // Czech outlet's text, a Council of the EU release, a Swiss paper in windows-1252): the start
    // build gave 0.697 on them, main when they were written (43a1117) 0.701, every publication
    // date right and no violation; after the fixes they led to 0.799. The overall figure is 0.765
    // with all 226; the 202 articles before went from 0.758 to 0.764 meanwhile.

    /** Overall micro-averaged F1 may not fall below this. */
    static final double FLOOR_F1 = 0.765;
    /** F1 over the articles that were there before session 14 (all but {@link #ADDED_IN_SESSION_14}). */
    static final double FLOOR_F1_BEFORE_SESSION_14 = 0.764;
    static final Set<String> ADDED_IN_SESSION_14 = Set.of(
            "2014-06-16-gazprom-halts-gas-to-ukraine.html",
            "2014-08-08-russia-food-ban-canadian-pork.txt",
            "2015-12-18-ukraine-moratorium-russian-eurobond.html",
            "2018-06-11-normandy-ministers-meet-berlin.html",
            "2019-10-29-zolote-disengagement-begins.txt",
            "2021-04-20-kyiv-moscow-consul-expulsions-update.html",
            "2022-02-08-macron-kyiv-after-kremlin-talks.html",
            "2022-04-27-transnistria-blasts-sandu-security-council.html",
            "2023-08-20-denmark-netherlands-f16-pledge.html",
            "2023-10-05-hroza-strike-granada-summit-live.html",
            "2024-07-08-poland-ukraine-security-pact.txt",
            "2025-08-07-us-extra-tariff-india-russian-oil.html",
            "2014-06-16-gazprom-cuts-gas-prepayment-stockholm.html",
            "2015-05-10-merkel-putin-moscow-wreath.html",
            "2017-07-06-mh17-dutch-prosecution-decision.html",
            "2018-07-25-pompeo-crimea-declaration.html",
            "2020-02-04-erdogan-kyiv-strategic-council-crimea.html",
            "2021-04-19-kyiv-moscow-expulsions-prague-row.txt",
            "2022-04-07-ga-suspends-russia-human-rights-council.html",
            "2022-10-06-eu-eighth-sanctions-package.html",
            "2023-06-06-finland-expels-nine-russian-embassy-staff.txt",
            "2024-01-16-zelensky-bern-peace-summit.html",
            "2024-09-09-russian-drone-romanian-airspace-protest.txt",
            "2025-03-02-starmer-lancaster-house-summit-missile-deal.html");
    /** F1 over the articles that were there before session 13 (none of those added in 13 and since). */
    static final double FLOOR_F1_BEFORE_SESSION_13 = 0.771;
    static final Set<String> ADDED_IN_SESSION_13 = Set.of(
            "2015-02-17-un-council-endorses-minsk-package.html",
            "2016-01-01-russia-ukraine-free-trade-suspended.html",
            "2016-04-26-mfa-statement-mejlis-ban.html",
            "2017-03-24-ukraine-weekly-brief-voronenkov-balakliia.txt",
            "2017-08-24-mattis-kiev-independence-day.html",
            "2018-03-26-czechia-expels-russian-diplomats-skripal.txt",
            "2018-05-25-mh17-australia-netherlands-blame-russia.html",
            "2018-06-10-putin-g8-conte-sanctions.html",
            "2019-10-31-nato-council-kyiv-odesa-visit.html",
            "2022-04-28-guterres-kyiv-missiles-live.html",
            "2023-02-10-russian-missile-moldova-airspace.txt",
            "2024-05-10-kharkiv-cross-border-offensive-assessment.html",
            "2017-04-21-icj-order-crimean-tatars-mejlis.html",
            "2017-04-24-osce-monitor-killed-luhansk.html",
            "2019-03-18-canada-sanctions-kerch-unifier.html",
            "2019-05-27-lithuania-itlos-sailors-statement.html",
            "2019-12-31-gazprom-naftogaz-transit-deal.txt",
            "2020-07-28-lublin-triangle-launched.txt",
            "2021-04-29-ep-resolution-russia-buildup-navalny.html",
            "2022-01-29-russia-naval-drills-irish-zone.html",
            "2022-03-10-antalya-lavrov-kuleba-talks.html",
            "2023-01-16-dnipro-high-rise-strike-peskov-denial.html",
            "2023-10-04-armenia-joins-icc-kremlin-mistake.txt",
            "2024-06-21-seoul-summons-russian-envoy-pyongyang-pact.html");
    /** F1 over the articles that were there before session 12 (none of those added in 12 and 13). */
    static final double FLOOR_F1_BEFORE_SESSION_12 = 0.778;
    static final Set<String> ADDED_IN_SESSION_12 = Set.of(
            "2014-05-07-putin-burkhalter-referendum-postpone.html",
            "2014-06-21-poroshenko-truce-putin-combat-alert.html",
            "2014-09-03-obama-tallinn-baltic-pledge.txt",
            "2014-10-31-weekly-digest-gas-deal.txt",
            "2015-05-18-captured-russian-soldiers-shchastia.html",
            "2017-02-03-avdiivka-flare-up-trump-test.html",
            "2017-07-09-tillerson-kyiv-russia-first-step.html",
            "2018-02-17-notpetya-attribution-russia.txt",
            "2019-03-17-eu-declaration-crimea-five-years.html",
            "2021-04-10-erdogan-zelenskyy-istanbul-talks.html",
            "2021-04-13-biden-putin-call-troops-west.html",
            "2021-07-22-nord-stream-2-us-germany-deal.html",
            "2021-09-01-zelenskyy-biden-white-house-talks.html",
            "2021-12-08-biden-putin-video-call-ukraine.html",
            "2022-07-12-ukraine-summons-canada-envoy-turbine.txt",
            "2022-08-25-chaplyne-strike-putin-troop-boost.html",
            "2022-09-09-zaporizhzhia-iaea-mission-briefing.html",
            "2023-03-22-kishida-surprise-kyiv-visit.html",
            "2024-02-16-zelensky-security-pacts-paris-berlin.html",
            "2024-09-04-poltava-lviv-strikes-kuleba-live.html",
            "2024-09-10-iran-missiles-moscow-drones-live.html",
            "2025-04-24-kyiv-mass-strike-trump-rebuke.txt",
            "2025-04-26-kursk-region-liberation-gerasimov.html",
            "2025-05-12-poland-shuts-russian-consulate-krakow.txt");
    /** F1 over the articles that were there before session 11 (none of those added since). */
    static final double FLOOR_F1_BEFORE_SESSION_11 = 0.787;
    static final Set<String> ADDED_IN_SESSION_11 = Set.of(
            "2014-11-16-harper-putin-g20-brisbane.html",
            "2015-02-05-nato-ministers-spearhead-force.html",
            "2016-03-22-savchenko-sentenced-22-years.txt",
            "2017-09-12-putin-un-peacekeepers-donbas.html",
            "2018-11-29-trump-cancels-putin-g20-meeting.html",
            "2019-06-20-mh17-four-charged-murder.html",
            "2020-12-17-eu-prolongs-russia-economic-sanctions.html",
            "2021-12-01-nato-riga-ministers-warn-moscow.html",
            "2022-03-16-pms-train-to-kyiv-peace-mission.html",
            "2023-09-13-sevastopol-shipyard-putin-kim-assessment.html",
            "2024-12-18-kirillov-killed-moscow-scooter-bomb.txt",
            "2025-08-28-kyiv-strike-eu-mission-damaged.txt");
    /** F1 over the articles that were there before session 10 (none of those added since). */
    static final double FLOOR_F1_BEFORE_SESSION_10 = 0.801;
    static final Set<String> ADDED_IN_SESSION_10 = Set.of(
            "2014-07-06-sloviansk-retaken.html",
            "2015-01-26-mariupol-rocket-attack.txt",
            "2016-07-09-nato-warsaw-summit-battalions.html",
            "2017-02-21-russia-recognises-separatist-documents.html",
            "2018-08-31-zakharchenko-killed-donetsk-blast.html",
            "2019-10-02-kyiv-signs-steinmeier-formula.txt",
            "2020-02-19-zolote-assault-peace-process.html",
            "2021-06-24-hms-defender-crimea-ambassador-summoned.html",
            "2022-06-30-snake-island-russian-withdrawal.html",
            "2023-05-15-zelenskyy-chequers-air-defence.html",
            "2024-02-24-kyiv-anniversary-leaders-visit-live.html",
            "2025-04-14-sumy-palm-sunday-strike.txt",
            "2014-09-16-ep-rada-ratify-association-agreement.html",
            "2016-10-27-berlin-normandy-summit-long-read.html",
            "2020-03-09-mh17-trial-opens-schiphol.txt",
            "2023-12-29-largest-air-attack-poland-missile.html",
            "2015-08-25-sentsov-jailed-20-years.txt",
            "2018-05-30-babchenko-alive-staged-death.html",
            "2022-03-12-factcheck-ukraine-biolabs-claim.html",
            "2024-03-23-crocus-attack-putin-ukraine-claim.html");
    /** F1 over the articles that were there before session 8 (none of the added ones below). */
    static final double FLOOR_F1_BEFORE_SESSION_8 = 0.858;
    /** F1 over the articles that were there before session 9 (all but {@link #ADDED_IN_SESSION_9}). */
    static final double FLOOR_F1_BEFORE_SESSION_9 = 0.830;
    static final Set<String> ADDED_IN_SESSION_9 = Set.of(
            "2014-03-27-un-assembly-crimea-referendum-invalid.html",
            "2019-01-06-tomos-handed-to-ukrainian-church.html",
            "2022-05-18-finland-sweden-nato-applications.html",
            "2025-05-25-prisoner-swap-ends-kyiv-attack.txt",
            "2014-11-03-donbas-separatist-vote.html",
            "2021-08-23-crimea-platform-summit.html",
            "2022-12-06-engels-dyagilevo-drone-strikes-live.html",
            "2025-09-10-russian-drones-poland-article-4.html",
            "2022-09-22-azovstal-commanders-medvedchuk-swap.html",
            "2023-04-04-finland-joins-nato.html",
            "2024-01-24-il76-crash-belgorod-pows.html",
            "2025-02-19-riyadh-us-russia-talks.html",
            "2014-04-07-donetsk-peoples-republic-proclaimed.html",
            "2016-12-15-eu-extends-russia-sanctions.html",
            "2023-06-10-zelensky-counteroffensive-actions.html",
            "2024-06-14-g7-asset-loan-us-ukraine-pact.txt",
            "2015-08-31-rada-decentralisation-first-reading.html",
            "2020-09-23-zelenskiy-un-crimea-platform.html",
            "2022-03-08-us-bans-russian-oil-imports.html",
            "2024-08-26-energy-grid-barrage-poland-jets-live.html",
            "2014-07-16-us-eu-widen-russia-sanctions.html",
            "2018-02-21-kremlin-donbass-reintegration-law.html",
            "2022-11-30-nato-bucharest-ukraine-grid.html",
            "2025-07-15-trump-patriots-50-day-deadline.txt");
    static final Set<String> ADDED_IN_SESSION_8 = Set.of(
            "2014-05-03-odesa-fire-sloviansk-assault.html",
            "2014-06-15-il76-downed-luhansk-embassy-protest.html",
            "2021-06-17-biden-putin-geneva-summit.html",
            "2022-03-04-zaporizhzhia-plant-seized.html",
            "2022-06-24-eu-candidate-status-ukraine-moldova.html",
            "2022-10-01-lyman-withdrawal-nato-bid.html",
            "2022-11-16-przewodow-missile-poland.html",
            "2023-01-25-leopard-tanks-abrams.html",
            "2023-08-24-prigozhin-plane-crash.html",
            "2024-11-21-oreshnik-strike-dnipro.html",
            "2025-03-01-oval-office-clash-live.html",
            "2025-06-02-spiderweb-drones-istanbul-talks.txt",
            "2014-08-26-putin-poroshenko-minsk-paratroopers.html",
            "2017-05-16-ukraine-bans-russian-social-networks.html",
            "2019-07-12-zelensky-putin-first-call-sailors.html",
            "2022-05-21-azovstal-last-defenders-surrender.html",
            "2022-08-02-first-grain-ship-leaves-odesa.html",
            "2023-05-04-kremlin-drones-blame-kyiv-washington.txt",
            "2024-04-21-house-passes-ukraine-aid.html",
            "2024-10-23-north-korean-troops-in-russia-live.html",
            "2014-04-17-putin-admits-troops-in-crimea.html",
            "2015-01-22-donetsk-trolleybus-stop-shelling.html",
            "2020-04-16-easter-prisoner-swap-donbas.html",
            "2022-02-15-russia-pullback-claim-scholz-putin.html",
            "2023-06-19-african-peace-mission-kyiv-petersburg.html",
            "2024-07-09-okhmatdyt-hospital-strike.html",
            "2025-01-01-russian-gas-transit-ends.txt",
            "2025-08-18-white-house-europeans-zelensky-live.html");
    /** Articles whose publication date Dateline gets wrong (or does not find). */
    static final int MAX_DATE_ERRORS = 0;
    /** Asserted or planned events read from sentences that gold says must yield none. */
    static final int MAX_VIOLATIONS = 0;

    private static EvaluationReport report;
    private static String printed;

    @BeforeAll
    static void evaluate() throws IOException {
        report = Evaluation.evaluate(Path.of("articles"), Path.of("gold"));
        StringWriter out = new StringWriter();
        ReportPrinter.print(report, new PrintWriter(out));
        printed = out.toString();
    }

    @Test
    void everyGoldFileIsUsed() {
        assertThat(report.errors()).isEmpty();
        assertThat(report.articles()).isNotEmpty();
    }

    @Test
    void f1StaysAboveItsFloor() {
        assertThat(report.overall().f1()).as(printed).isGreaterThanOrEqualTo(FLOOR_F1);
    }

    /** The corpus as it stood before a session: all articles but those added in it and since. */
    private record Before(int session, double floor, Set<String> addedInIt) {
    }

    // Oldest first; each keeps its own floor, so that a harder corpus never hides a loss on an older
    // one. The corpus before a session lacks the articles added in it and in every later one.
    private static final List<Before> EARLIER_CORPORA = List.of(
            new Before(8, FLOOR_F1_BEFORE_SESSION_8, ADDED_IN_SESSION_8),
            new Before(9, FLOOR_F1_BEFORE_SESSION_9, ADDED_IN_SESSION_9),
            new Before(10, FLOOR_F1_BEFORE_SESSION_10, ADDED_IN_SESSION_10),
            new Before(11, FLOOR_F1_BEFORE_SESSION_11, ADDED_IN_SESSION_11),
            new Before(12, FLOOR_F1_BEFORE_SESSION_12, ADDED_IN_SESSION_12),
            new Before(13, FLOOR_F1_BEFORE_SESSION_13, ADDED_IN_SESSION_13),
            new Before(14, FLOOR_F1_BEFORE_SESSION_14, ADDED_IN_SESSION_14));

    @Test
    void theCorpusAsItStoodBeforeEachSessionStaysAboveItsFloor() {
        for (int i = 0; i < EARLIER_CORPORA.size(); i++) {
            Before before = EARLIER_CORPORA.get(i);
            assertThat(report.articles().stream().map(ArticleResult::article))
                    .as("session %d's articles are all in the corpus", before.session())
                    .containsAll(before.addedInIt());
            List<Set<String>> addedSince = EARLIER_CORPORA.subList(i, EARLIER_CORPORA.size()).stream()
                    .map(Before::addedInIt).toList();
            assertThat(scoreWithout(addedSince).f1())
                    .as("the articles before session %d%n%s", before.session(), printed)
                    .isGreaterThanOrEqualTo(before.floor());
        }
    }

    // The micro-averaged score of all articles but those in the sets.
    private static Score scoreWithout(List<Set<String>> added) {
        return report.articles().stream()
                .filter(a -> added.stream().noneMatch(set -> set.contains(a.article())))
                .map(ArticleResult::score).reduce(Score.ZERO, Score::plus);
    }

    @Test
    void publicationDateErrorsStayUnderTheirCeiling() {
        assertThat(report.publicationDateErrors().size()).as(printed).isLessThanOrEqualTo(MAX_DATE_ERRORS);
    }

    @Test
    void mustNotViolationsStayUnderTheirCeiling() {
        assertThat(report.violations().size()).as(printed).isLessThanOrEqualTo(MAX_VIOLATIONS);
    }
}
