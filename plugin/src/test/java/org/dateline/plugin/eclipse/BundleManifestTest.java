package org.dateline.plugin.eclipse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * The OSGi manifest bnd writes before the tests run (target/classes/META-INF/MANIFEST.MF, which
 * the jar packs): Eclipse must find a singleton bundle that needs only the platform, since the
 * libraries are inside it.
 */
class BundleManifestTest {
    private static Attributes manifest() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/META-INF/MANIFEST.MF"))) {
            return new Manifest(in).getMainAttributes();
        }
    }

    @Test
    void isASingletonBundleThatRequiresTheWorkbench() throws IOException {
        Attributes headers = manifest();

        assertThat(headers.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(headers.getValue("Bundle-SymbolicName")).isEqualTo("org.dateline.plugin;singleton:=true");
        assertThat(headers.getValue("Require-Bundle")).contains("org.eclipse.ui", "org.eclipse.core.runtime")
                .contains("org.eclipse.core.resources;resolution:=optional", "org.eclipse.ui.ide;resolution:=optional");
        assertThat(headers.getValue("Bundle-Localization")).isEqualTo("plugin");
    }

    @Test
    void importsNothingItEmbeds() throws IOException {
        String imports = manifest().getValue("Import-Package");

        assertThat(imports).doesNotContain("org.eclipse.", "org.dateline", "org.jsoup", "org.jfree.chart",
                "com.google.gson", "picocli", "com.formdev");
        // Back-ends JFreeChart and others only use when present must not stop the bundle from resolving.
        assertThat(imports).contains("com.orsonpdf;resolution:=optional", "javax.servlet;resolution:=optional");
    }

    @Test
    void staysARunnableJar() throws IOException {
        assertThat(manifest().getValue("Main-Class")).isEqualTo("org.dateline.plugin.Main");
    }
}
