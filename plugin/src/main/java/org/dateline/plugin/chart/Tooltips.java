package org.dateline.plugin.chart;

import java.time.LocalDate;
import org.dateline.actor.Actor;
import org.dateline.event.Event;
import org.dateline.plugin.Messages;
import org.dateline.timeline.Lane;
import org.dateline.timeline.TimelineEvent;

/** The text that pops up over a mark: everything needed to judge an event without clicking. */
final class Tooltips {
    private static final int LISTED = 6;

    private Tooltips() {
    }

    static String of(Lane lane, Mark mark) {
        if (mark.count() == 1) {
            return event(lane.event(mark.from()));
        }
        StringBuilder sb = new StringBuilder("<html><b>");
        sb.append(esc(Messages.get("tooltip.cluster", mark.count(),
                LocalDate.ofEpochDay(lane.day(mark.from())), LocalDate.ofEpochDay(lane.day(mark.to() - 1)))));
        sb.append("</b><br>").append(esc(lane.label()));
        for (int i = mark.from(); i < Math.min(mark.to(), mark.from() + LISTED); i++) {
            Event e = lane.event(i).event();
            sb.append("<br>").append(esc(e.date())).append("&nbsp;&nbsp;").append(esc(name(e.source())))
                    .append(" · ").append(esc(e.action() == null ? "" : e.action().label()))
                    .append(" · ").append(esc(name(e.target())));
        }
        if (mark.count() > LISTED) {
            sb.append("<br><i>").append(esc(Messages.get("tooltip.more", mark.count() - LISTED))).append("</i>");
        }
        return sb.append("</html>").toString();
    }

    static String event(TimelineEvent te) {
        Event e = te.event();
        StringBuilder sb = new StringBuilder("<html><div style='width:380px'><b>");
        String how = e.dateText() == null ? e.dateSource().json() : e.dateSource().json() + " \u201c" + e.dateText() + "\u201d";
        sb.append(esc(Messages.get("tooltip.date", e.date(), how))).append("</b><br>");
        sb.append(esc(Messages.get("tooltip.actors", name(e.source()), name(e.target())))).append("<br>");
        if (e.action() != null) {
            sb.append(esc(e.action().label())).append(" (").append(esc(e.action().code())).append(")<br>");
        }
        String modality = e.modality() == null ? "" : Messages.get("modality." + e.modality().name());
        sb.append(esc(Messages.get("tooltip.modality", modality))).append("<br>");
        if (e.evidence() != null) {
            sb.append("<i>").append(esc(shorten(e.evidence().text(), 400))).append("</i><br>");
        }
        sb.append(esc(Messages.get("tooltip.article", te.article().article().title().isEmpty()
                ? te.article().article().source() : te.article().article().title())));
        return sb.append("</div></html>").toString();
    }

    private static String name(Actor a) {
        return a == null ? "?" : a.name();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ");
    }
}
