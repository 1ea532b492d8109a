package org.dateline.plugin.eclipse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged plugin/target/dateline.jar (after the shade plugin) is at once the OSGi bundle
 * Eclipse installs and the runnable standalone jar.
 */
class BundleJarIT {
    private static final Path JAR = Path.of("target/dateline.jar");

    @Test
    void carriesTheBundleManifestAndPluginXml() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Attributes headers = jar.getManifest().getMainAttributes();

            assertThat(headers.getValue("Bundle-SymbolicName")).isEqualTo("org.dateline.plugin;singleton:=true");
            assertThat(headers.getValue("Require-Bundle")).contains("org.eclipse.ui");
            assertThat(headers.getValue("Main-Class")).isEqualTo("org.dateline.plugin.Main");
            assertThat(jar.getEntry("plugin.xml")).isNotNull();
            assertThat(jar.getEntry("plugin.properties")).isNotNull();
        }
    }

    @Test
    void embedsItsLibrariesAndNoEclipseClasses() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (String entry : new String[] {"org/dateline/Dateline.class", "org/jsoup/Jsoup.class",
                "com/google/gson/Gson.class", "picocli/CommandLine.class", "org/jfree/chart/JFreeChart.class",
                "org/jfree/svg/SVGGraphics2D.class", "com/formdev/flatlaf/FlatLaf.class",
                "org/dateline/plugin/eclipse/TimelineView.class"}) {
                assertThat(jar.getEntry(entry)).as(entry).isNotNull();
            }
            assertThat(jar.stream().map(e -> e.getName())).noneMatch(name -> name.startsWith("org/eclipse/"));
        }
    }

    @Test
    void theStandalonePartLoadsWithoutAnyEclipseJar() throws Exception {
        // Only the jar and the JDK: what `java -jar plugin/target/dateline.jar` sees.
        try (URLClassLoader jarOnly = new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class.forName("org.dateline.plugin.Main", true, jarOnly).getMethod("main", String[].class);
            Class.forName("org.dateline.plugin.DatelinePanel", true, jarOnly);
        }
    }
}
