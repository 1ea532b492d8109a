package org.dateline.bench;

import java.nio.file.Path;
import org.dateline.plugin.export.ImageExport;
import org.dateline.timeline.Events;
import org.dateline.timeline.TimelineModel;
import org.dateline.timeline.ViewRange;

/** Writes PNGs of synthetic timelines to look at: {@code Preview OUTDIR N}. */
public final class Preview {
    public static void main(String[] args) throws Exception {
        TimelineModel m = Events.model(Events.synthetic(Integer.parseInt(args[1]), 7));
        ImageExport.write(m, Path.of(args[0], "full.png"), 1200, 500, true);
        m.setRange(new ViewRange(m.range().from(), m.range().from() + 400).pan(2900));
        ImageExport.write(m, Path.of(args[0], "year.png"), 1200, 500, true);
        m.setRange(m.range().zoom(0.05, m.range().centre()));
        ImageExport.write(m, Path.of(args[0], "days.png"), 1200, 500, true);
    }
}
