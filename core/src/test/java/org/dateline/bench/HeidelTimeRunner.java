package org.dateline.bench;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.time.Timex;
import org.dateline.time.TimexType;

/**
 * HeidelTime 2.2.1 (GPL-3, a benchmark-only anchor, never shipped) in this JVM, news mode,
 * without a POS tagger, as ../shared/anchors/heideltime/config.props describes. Its TimeML
 * output is aligned back onto the input text to give offsets.
 */
final class HeidelTimeRunner {
    // The keys HeidelTime needs when it runs without a POS tagger (see config.props).
    private static final String CONFIG = String.join("\n",
            "considerDate = true", "considerDuration = true", "considerSet = true",
            "considerTime = true", "considerTemponym = false", "treeTaggerHome = unused",
            "config_path =", "typeSystemHome = desc/type/HeidelTime_TypeSystem.xml",
            "typeSystemHome_DKPro = desc/type/DKPro_TypeSystem.xml", "uimaVarDate = Date",
            "uimaVarDuration = Duration", "uimaVarLanguage = Language", "uimaVarSet = Set",
            "uimaVarTime = Time", "uimaVarTemponym = Temponym", "uimaVarTypeToProcess = Type", "");
    private static final Pattern TAG = Pattern.compile("<(/?)TIMEX3\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final HeidelTimeStandalone heideltime;

    HeidelTimeRunner(Path sharedConfig) throws IOException {
        Path config = Files.createTempFile("heideltime", ".props");
        config.toFile().deleteOnExit();
        Files.writeString(config, sharedConfig != null ? Files.readString(sharedConfig) : CONFIG);
        heideltime = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS,
                OutputType.TIMEML, config.toString(), POSTagger.NO);
    }

    List<Timex> tag(String text, LocalDate dct) throws Exception {
        String out = heideltime.process(text, Date.from(dct.atStartOfDay(ZoneOffset.UTC).toInstant()));
        int body = out.indexOf("<TimeML>");
        int bodyEnd = out.lastIndexOf("</TimeML>");
        return align(out.substring(body < 0 ? 0 : body + 8, bodyEnd < 0 ? out.length() : bodyEnd), text);
    }

    // Walks the output and the input together: tags open and close timexes, entities stand
    // for one character, characters the output added (line breaks) are skipped.
    private static List<Timex> align(String out, String text) {
        List<Timex> found = new ArrayList<>();
        int j = 0;
        int start = -1;
        String type = null;
        String value = null;
        int i = 0;
        while (i < out.length()) {
            char c = out.charAt(i);
            if (c == '<') {
                Matcher m = TAG.matcher(out).region(i, out.length());
                int end = out.indexOf('>', i);
                if (m.lookingAt()) {
                    if (m.group(1).isEmpty()) {
                        start = j;
                        type = null;
                        value = null;
                        Matcher a = ATTRIBUTE.matcher(m.group(2));
                        while (a.find()) {
                            if (a.group(1).equals("type")) {
                                type = a.group(2);
                            } else if (a.group(1).equals("value")) {
                                value = a.group(2);
                            }
                        }
                    } else if (start >= 0) {
                        found.add(new Timex(start, j, text.substring(start, j), type(type), value,
                                false, "heideltime"));
                        start = -1;
                    }
                    i = m.end();
                    continue;
                }
                if (j < text.length() && text.charAt(j) == '<' || end < 0) {
                    j++;
                    i++;
                    continue;
                }
                i = end + 1;
                continue;
            }
            if (c == '&' && j < text.length() && text.charAt(j) != '&') {
                int semi = out.indexOf(';', i);
                if (semi > 0 && semi - i < 10) {
                    i = semi + 1;
                    j++;
                    continue;
                }
            }
            if (j < text.length() && text.charAt(j) == c) {
                j++;
            }
            i++;
        }
        return found;
    }

    private static TimexType type(String s) {
        try {
            return TimexType.valueOf(s);
        } catch (RuntimeException e) {
            return TimexType.DATE;
        }
    }
}
