package org.dateline.plugin.load;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The sample articles bundled in the jar under {@code dateline-samples/articles/} (copied there
 * from {@code samples/articles} by the build), read in place from the classpath.
 */
public final class SampleCorpus {
    static final String FOLDER = "dateline-samples/articles";

    private SampleCorpus() {
    }

    /** The bundled folder as a path (inside the jar when run from it), or null when absent. */
    public static Path folder() {
        URL url = SampleCorpus.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            url = SampleCorpus.class.getClassLoader().getResource(FOLDER + "/");
        }
        try {
            if (url != null && "file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            if (url != null && "jar".equals(url.getProtocol())) {
                return inJar(url.toURI());
            }
            // A jar without folder entries: find it through the code source.
            URL code = SampleCorpus.class.getProtectionDomain().getCodeSource().getLocation();
            Path jar = Path.of(code.toURI());
            if (Files.isRegularFile(jar)) {
                return inJar(URI.create("jar:" + jar.toUri() + "!/" + FOLDER));
            }
            Path dir = jar.resolve(FOLDER);
            return Files.isDirectory(dir) ? dir : null;
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static Path inJar(URI uri) throws IOException {
        String s = uri.toString();
        int sep = s.indexOf("!/");
        URI jar = URI.create(s.substring(0, sep));
        FileSystem fs;
        try {
            fs = FileSystems.newFileSystem(jar, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(jar);
        }
        Path p = fs.getPath(s.substring(sep + 1));
        return Files.isDirectory(p) ? p : null;
    }
}
