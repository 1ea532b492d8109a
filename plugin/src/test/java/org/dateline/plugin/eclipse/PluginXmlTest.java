package org.dateline.plugin.eclipse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** plugin.xml is what Eclipse reads: a typo there only shows at run time, so check it here. */
class PluginXmlTest {
    private static Document plugin;
    private static String text;
    private static Properties labels;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = PluginXmlTest.class.getResourceAsStream("/plugin.xml")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        try (InputStream in = PluginXmlTest.class.getResourceAsStream("/plugin.xml")) {
            plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        labels = new Properties();
        try (InputStream in = PluginXmlTest.class.getResourceAsStream("/plugin.properties")) {
            labels.load(in);
        }
    }

    @Test
    void everyClassItNamesExists() throws Exception {
        List<String> classes = attributes("class");
        assertThat(classes).contains(TimelineView.class.getName(), DatelinePerspective.class.getName(),
                OpenInDatelineHandler.class.getName(), ExportImageHandler.class.getName(),
                DatelineApplication.class.getName());
        for (String name : classes) {
            Class.forName(name, false, getClass().getClassLoader());
        }
    }

    @Test
    void everyIconItNamesIsInTheBundle() {
        assertThat(attributes("icon")).isNotEmpty()
                .allSatisfy(icon -> assertThat(getClass().getResource("/" + icon)).as(icon).isNotNull());
    }

    @Test
    void everyLabelIsInPluginProperties() {
        Matcher key = Pattern.compile("\"%([\\w.]+)\"").matcher(text);
        int count = 0;
        while (key.find()) {
            assertThat(labels).containsKey(key.group(1));
            count++;
        }
        assertThat(count).isGreaterThan(5);
    }

    @Test
    void idsMatchTheCode() {
        assertThat(attributes("id")).contains(TimelineView.ID, DatelinePerspective.ID,
                OpenInDatelineHandler.COMMAND_ID, ExportImageHandler.COMMAND_ID);
    }

    @Test
    void handlersBindingsAndMenusUseDeclaredCommands() {
        List<String> declared = new ArrayList<>();
        NodeList commands = plugin.getElementsByTagName("command");
        for (int i = 0; i < commands.getLength(); i++) {
            Element command = (Element) commands.item(i);
            if (!command.getAttribute("name").isEmpty()) {
                declared.add(command.getAttribute("id"));
            }
        }
        assertThat(declared).containsExactlyInAnyOrder(OpenInDatelineHandler.COMMAND_ID, ExportImageHandler.COMMAND_ID);
        assertThat(attributes("commandId")).isNotEmpty().allMatch(declared::contains);
    }

    @Test
    void theViewSitsInTheDatelineCategory() {
        Element view = (Element) plugin.getElementsByTagName("view").item(0);
        Element category = (Element) plugin.getElementsByTagName("category").item(0);

        assertThat(view.getAttribute("category")).isEqualTo(category.getAttribute("id"));
        assertThat(labels.getProperty(view.getAttribute("name").substring(1))).isEqualTo("Timeline");
        assertThat(labels.getProperty(category.getAttribute("name").substring(1))).isEqualTo("Dateline");
    }

    @Test
    void openInDatelineIsOfferedInTheProjectExplorerAndTheEditorContextMenu() {
        assertThat(attributes("locationURI")).contains(
                "popup:org.eclipse.ui.popup.any?after=additions", "popup:#AbstractTextEditorContext?after=additions");
    }

    private static List<String> attributes(String name) {
        List<String> values = new ArrayList<>();
        NodeList all = plugin.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute(name)) {
                values.add(element.getAttribute(name));
            }
        }
        return values;
    }
}
