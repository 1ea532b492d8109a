package org.dateline.plugin.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.dateline.plugin.chart.TimelinePainter;
import org.dateline.timeline.TimelineModel;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes the timeline as it stands (range, lanes, filter, selection) to a PNG or SVG file. Never
 * replaces a file unless asked, and never leaves half a file: it writes a temporary file beside
 * the target and moves it into place in one step.
 */
public final class ImageExport {
    /** Largest side accepted, in pixels: a bigger PNG would not fit in memory anyway. */
    public static final int MAX_SIDE = 16_000;

    public enum Format { PNG, SVG }

    private ImageExport() {
    }

    /** The format a file name asks for, or null when it ends neither in .png nor .svg. */
    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return Format.PNG;
        }
        return name.endsWith(".svg") ? Format.SVG : null;
    }

    /**
     * Writes {@code model} at {@code width x height} to {@code out}.
     *
     * @param replace whether an existing file may be replaced
     * @throws IOException with a one-line reason: exists, bad size or format, cannot write
     */
    public static void write(TimelineModel model, Path out, int width, int height, boolean replace) throws IOException {
        Format format = formatOf(out);
        if (format == null) {
            throw new IOException(out.getFileName() + ": the name must end in .png or .svg");
        }
        if (width < 16 || height < 16 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IOException("size " + width + "x" + height + " is out of range (16 to " + MAX_SIDE + ")");
        }
        if (!replace && Files.exists(out)) {
            throw new FileAlreadyExistsException(out + " exists (use --force to replace it)");
        }
        Path dir = out.toAbsolutePath().getParent();
        // Beside the target, so that the final move is a rename; created fresh, never reused.
        Path tmp = dir.resolve("." + out.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                if (format == Format.PNG) {
                    ImageIO.write(png(model, width, height), "png", os);
                } else {
                    os.write(svg(model, width, height).getBytes(StandardCharsets.UTF_8));
                }
            }
            if (replace) {
                Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // A plain move refuses to replace a file that appeared meanwhile.
                Files.move(tmp, out);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The timeline as an image. */
    public static BufferedImage png(TimelineModel model, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            new TimelinePainter().paint(g, width, height, model);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The timeline as an SVG document. */
    public static String svg(TimelineModel model, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        new TimelinePainter().paint(g, width, height, model);
        return g.getSVGDocument();
    }
}
