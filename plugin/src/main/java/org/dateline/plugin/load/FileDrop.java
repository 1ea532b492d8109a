package org.dateline.plugin.load;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.TransferHandler;

/** Accepts files and folders dropped onto the panel. */
public final class FileDrop extends TransferHandler {
    private final Consumer<List<Path>> open;

    public FileDrop(Consumer<List<Path>> open) {
        this.open = open;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        try {
            List<?> files = (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
            open.accept(files.stream().filter(File.class::isInstance).map(f -> ((File) f).toPath()).toList());
            return true;
        } catch (UnsupportedFlavorException | IOException e) {
            return false;
        }
    }
}
