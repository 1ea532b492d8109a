package org.dateline.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.text.Highlighter;
import org.dateline.event.Evidence;
import org.dateline.plugin.chart.TimelineCanvas;
import org.dateline.plugin.chart.TimelineFrame;
import org.dateline.timeline.ArticleEntry;
import org.dateline.timeline.Events;
import org.dateline.timeline.TimelineEvent;
import org.dateline.timeline.TimelineModel;
import org.dateline.timeline.ViewRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The panel in a real window (under Xvfb in CI); skipped where there is no display. */
class DatelinePanelUiTest {
    private JFrame frame;
    private DatelinePanel panel;

    @BeforeEach
    void show() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display");
        SwingUtilities.invokeAndWait(() -> {
            panel = new DatelinePanel();
            frame = new JFrame("test");
            frame.setContentPane(panel);
            frame.setBounds(0, 0, 1200, 800);
            frame.setVisible(true);
            panel.model().addArticles(List.of(ArticleEntry.read("recognition", Events.RECOGNITION)));
            panel.model().fitAll();
        });
        idle();
    }

    @AfterEach
    void close() throws Exception {
        if (frame != null) {
            SwingUtilities.invokeAndWait(frame::dispose);
        }
    }

    private static <T> T edt(Callable<T> c) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                out.set(c.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return out.get();
    }

    private static void idle() throws Exception {
        SwingUtilities.invokeAndWait(() -> { });
    }

    private TimelineModel model() {
        return panel.model();
    }

    private TimelineEvent event(String sentenceStart) {
        return model().eventsByDay().stream()
                .filter(e -> e.event().evidence().text().startsWith(sentenceStart)).findFirst().orElseThrow();
    }

    private void mouse(Component c, int id, Point p, int modifiers, int clicks, int button) {
        c.dispatchEvent(new MouseEvent(c, id, System.currentTimeMillis(), modifiers, p.x, p.y, clicks, false, button));
    }

    private void click(Component c, Point p) {
        mouse(c, MouseEvent.MOUSE_PRESSED, p, InputEvent.BUTTON1_DOWN_MASK, 1, MouseEvent.BUTTON1);
        mouse(c, MouseEvent.MOUSE_RELEASED, p, 0, 1, MouseEvent.BUTTON1);
        mouse(c, MouseEvent.MOUSE_CLICKED, p, 0, 1, MouseEvent.BUTTON1);
    }

    @Test
    void eventsLandInTheirLanesAtTheirDates() throws Exception {
        TimelineCanvas canvas = panel.canvas();
        edt(() -> {
            TimelineFrame f = canvas.frame();
            TimelineEvent attack = event("Russian troops");
            TimelineEvent condemn = event("The United States");
            Point a = canvas.pointOf(attack);
            Point c = canvas.pointOf(condemn);
            // Russia's lane is the first row, the United States' the second.
            assertThat(f.laneAt(a.y)).isZero();
            assertThat(f.laneAt(c.y)).isEqualTo(1);
            assertThat(f.dayAt(a.x)).isBetween((double) attack.day(), attack.day() + 1.0);
            assertThat(LocalDate.ofEpochDay((long) f.dayAt(c.x))).isEqualTo(LocalDate.of(2022, 2, 22));
            // The two attacks of 24 February are side by side, not on top of each other.
            Point b = canvas.pointOf(event("Missiles"));
            assertThat(Math.abs(b.x - a.x) + Math.abs(b.y - a.y)).isGreaterThanOrEqualTo(8);
            return null;
        });
    }

    @Test
    void wheelZoomsAtTheMouseAndChangesTheAxisRange() throws Exception {
        TimelineCanvas canvas = panel.canvas();
        ViewRange before = edt(model()::range);
        Point p = edt(() -> canvas.pointOf(event("Russian troops")));
        double anchor = edt(() -> canvas.frame().dayAt(p.x));
        edt(() -> {
            canvas.dispatchEvent(new MouseWheelEvent(canvas, MouseEvent.MOUSE_WHEEL, System.currentTimeMillis(), 0,
                    p.x, p.y, 0, false, MouseWheelEvent.WHEEL_UNIT_SCROLL, 3, -2));
            return null;
        });
        ViewRange after = edt(model()::range);
        assertThat(after.width()).isLessThan(before.width() * 0.7);
        assertThat(edt(() -> canvas.frame().dayAt(p.x))).isCloseTo(anchor, org.assertj.core.data.Offset.offset(0.01));
        edt(() -> {
            canvas.dispatchEvent(new KeyEvent(canvas, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), 0,
                    KeyEvent.VK_HOME, KeyEvent.CHAR_UNDEFINED));
            return null;
        });
        assertThat(edt(model()::range)).isEqualTo(edt(model()::fullRange));
    }

    @Test
    void dragPansAndShiftDragZoomsToTheBox() throws Exception {
        TimelineCanvas canvas = panel.canvas();
        ViewRange before = edt(model()::range);
        edt(() -> {
            Rectangle2D area = canvas.frame().dataArea();
            int y = (int) area.getCenterY();
            int x = (int) area.getCenterX();
            mouse(canvas, MouseEvent.MOUSE_PRESSED, new Point(x, y), InputEvent.BUTTON1_DOWN_MASK, 1, MouseEvent.BUTTON1);
            mouse(canvas, MouseEvent.MOUSE_DRAGGED, new Point(x - 100, y), InputEvent.BUTTON1_DOWN_MASK, 0, MouseEvent.BUTTON1);
            mouse(canvas, MouseEvent.MOUSE_RELEASED, new Point(x - 100, y), 0, 0, MouseEvent.BUTTON1);
            return null;
        });
        ViewRange panned = edt(model()::range);
        assertThat(panned.width()).isCloseTo(before.width(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(panned.from()).isGreaterThan(before.from());
        double[] expected = edt(() -> {
            TimelineFrame f = canvas.frame();
            int y = (int) f.dataArea().getCenterY();
            int x0 = (int) f.dataArea().getMinX() + 100;
            int shift = InputEvent.BUTTON1_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK;
            double[] days = {f.dayAt(x0), f.dayAt(x0 + 200)};
            mouse(canvas, MouseEvent.MOUSE_PRESSED, new Point(x0, y), shift, 1, MouseEvent.BUTTON1);
            mouse(canvas, MouseEvent.MOUSE_DRAGGED, new Point(x0 + 200, y), shift, 0, MouseEvent.BUTTON1);
            mouse(canvas, MouseEvent.MOUSE_RELEASED, new Point(x0 + 200, y), InputEvent.SHIFT_DOWN_MASK, 0, MouseEvent.BUTTON1);
            return days;
        });
        ViewRange boxed = edt(model()::range);
        assertThat(boxed.from()).isCloseTo(expected[0], org.assertj.core.data.Offset.offset(1e-6));
        assertThat(boxed.to()).isCloseTo(expected[1], org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void clickingAnEventHighlightsItsSentenceInTheArticle() throws Exception {
        TimelineCanvas canvas = panel.canvas();
        TimelineEvent attack = event("Russian troops");
        edt(() -> {
            click(canvas, canvas.pointOf(attack));
            return null;
        });
        assertThat(edt(model()::selection)).containsExactly(attack);
        Evidence ev = attack.event().evidence();
        edt(() -> {
            assertThat(panel.articleView().selectedRange()).containsExactly(ev.start(), ev.end());
            Highlighter.Highlight[] all = panel.articleView().textComponent().getHighlighter().getHighlights();
            // Every event's sentence is tinted (six dated events in this article, one undated)...
            assertThat(all).filteredOn(h -> h.getEndOffset() - h.getStartOffset() > 0).hasSizeGreaterThanOrEqualTo(7);
            // ...and the selected one has a highlight of its own on top.
            assertThat(all).filteredOn(h -> h.getStartOffset() == ev.start() && h.getEndOffset() == ev.end())
                    .hasSize(2);
            assertThat(panel.articleView().textComponent().getText().substring(ev.start(), ev.end()))
                    .isEqualTo(ev.text());
            return null;
        });
    }

    @Test
    void tooltipsTellDateActorsActionModalitySentenceAndTitle() throws Exception {
        TimelineCanvas canvas = panel.canvas();
        String tip = edt(() -> {
            Point p = canvas.pointOf(event("The United States"));
            return canvas.getToolTipText(new MouseEvent(canvas, MouseEvent.MOUSE_MOVED, 0, 0, p.x, p.y, 0, false));
        });
        assertThat(tip).contains("2022-02-22").contains("United States → Russia").contains("accuse (112)")
                .contains("asserted").contains("The United States condemned the decision.")
                .contains("Russia recognizes regions");
    }

    @Test
    void arrowKeysStepThroughEventsInTime() throws Exception {
        TimelineCanvas canvas = panel.canvas();
        java.util.function.IntConsumer press = key -> canvas.dispatchEvent(new KeyEvent(canvas, KeyEvent.KEY_PRESSED,
                System.currentTimeMillis(), 0, key, KeyEvent.CHAR_UNDEFINED));
        edt(() -> {
            press.accept(KeyEvent.VK_RIGHT);
            return null;
        });
        assertThat(edt(model()::lead)).isEqualTo(event("Russia recognized"));
        edt(() -> {
            press.accept(KeyEvent.VK_RIGHT);
            return null;
        });
        assertThat(edt(model()::lead)).isEqualTo(event("The United States"));
        edt(() -> {
            press.accept(KeyEvent.VK_LEFT);
            return null;
        });
        assertThat(edt(model()::lead)).isEqualTo(event("Russia recognized"));
    }

    @Test
    void clickingASentenceSelectsItsEvents() throws Exception {
        TimelineEvent condemn = event("The United States");
        edt(() -> {
            model().showArticle(condemn.article());
            return null;
        });
        idle();
        edt(() -> {
            var text = panel.articleView().textComponent();
            Rectangle2D r = text.modelToView2D(condemn.event().evidence().start() + 3);
            click(text, new Point((int) r.getCenterX(), (int) r.getCenterY()));
            return null;
        });
        assertThat(edt(model()::selection)).containsExactly(condemn);
    }

    @Test
    void anEventSelectedOutsideTheViewIsBroughtIntoIt() throws Exception {
        TimelineEvent condemn = event("The United States");
        edt(() -> {
            model().setRange(new ViewRange(LocalDate.of(2015, 1, 1).toEpochDay(), LocalDate.of(2015, 2, 1).toEpochDay()));
            model().showArticle(condemn.article());
            panel.articleView().selectAt(condemn.event().evidence().start());
            return null;
        });
        assertThat(edt(model()::selection)).containsExactly(condemn);
        assertThat(edt(model()::range).contains(condemn.day())).isTrue();
        assertThat(edt(model()::range).width()).isCloseTo(31, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(edt(() -> panel.canvas().pointOf(condemn))).isNotNull();
    }

    @Test
    void typingInTheSearchFieldHidesEventsThatDoNotMatch() throws Exception {
        TimelineCanvas canvas = panel.canvas();
        JTextField search = edt(() -> (JTextField) find(panel, "search"));
        edt(() -> {
            search.setText("kyiv");
            return null;
        });
        long deadline = System.currentTimeMillis() + 5000;
        while (edt(() -> model().filter().text().isEmpty()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        edt(() -> {
            assertThat(canvas.pointOf(event("Missiles"))).isNotNull();
            assertThat(canvas.pointOf(event("Russian troops"))).isNull();
            assertThat(canvas.pointOf(event("The United States"))).isNull();
            return null;
        });
    }

    @Test
    void opensFilesOffTheEdtAndListsFailuresWithTheirReason() throws Exception {
        Path dir = Path.of(getClass().getResource("/articles").toURI());
        edt(() -> {
            model().clear();
            panel.openFiles(List.of(dir, dir.resolve("missing.html")));
            return null;
        });
        long deadline = System.currentTimeMillis() + 60_000;
        while (edt(panel::loading) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        idle();
        List<ArticleEntry> entries = edt(model()::articles);
        assertThat(entries).extracting(ArticleEntry::source)
                .containsExactly("2014-03-18-crimea.html", "2022-02-22-recognition.txt", dir.resolve("missing.html").toString());
        assertThat(entries.get(2).failure()).isEqualTo("no such file");
        assertThat(entries.get(0).result().article().title()).isEqualTo("Putin signs treaty to annex Crimea");
        assertThat(edt(() -> panel.articleList().articleList().getModel().getSize())).isEqualTo(3);
    }

    @Test
    void loadingKeepsTheWindowLiveAndCancelStopsIt() throws Exception {
        List<org.dateline.plugin.load.Source> slow = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            slow.add(new org.dateline.plugin.load.Source("slow-" + i + ".txt", () -> {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException("cancelled");
                }
                return Events.RECOGNITION;
            }));
        }
        edt(() -> {
            model().clear();
            panel.open(slow);
            return null;
        });
        Thread.sleep(350);
        // The event-dispatch thread answers at once while articles are read.
        long t0 = System.nanoTime();
        assertThat(edt(panel::loading)).isTrue();
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1000);
        edt(() -> {
            ((javax.swing.JButton) find(panel, "cancel")).doClick();
            return null;
        });
        long deadline = System.currentTimeMillis() + 10_000;
        while (edt(panel::loading) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        idle();
        int opened = edt(() -> model().articles().size());
        assertThat(opened).isBetween(1, 29);
        Thread.sleep(300);
        assertThat(edt(() -> model().articles().size())).isEqualTo(opened);
    }

    @Test
    void lanesThatDoNotFitScrollIntoView() throws Exception {
        Object[][] rows = new Object[60][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {"2022-03-" + String.format("%02d", 1 + i % 28),
                new org.dateline.actor.Actor("Entity " + i, String.format("E%02d", i), ""), Events.FIGHT,
                Events.UKRAINE, "Entity " + i + " attacked."};
        }
        org.dateline.ArticleEvents many = Events.article("many", "2022-03-30", rows);
        TimelineCanvas canvas = panel.canvas();
        edt(() -> {
            model().clear();
            model().addArticles(List.of(ArticleEntry.read("many", many)));
            frame.setSize(1200, 600);
            frame.validate();
            return null;
        });
        idle();
        TimelineEvent last = edt(() -> {
            var lanes = model().index().lanes();
            return lanes.get(lanes.size() - 1).event(0);
        });
        edt(() -> {
            TimelineFrame f = canvas.frame();
            assertThat(f.laneCount()).isLessThan(f.totalLanes());
            assertThat(canvas.pointOf(last)).isNull();
            Point names = new Point(20, (int) f.dataArea().getCenterY());
            canvas.dispatchEvent(new MouseWheelEvent(canvas, MouseEvent.MOUSE_WHEEL, System.currentTimeMillis(), 0,
                    names.x, names.y, 0, false, MouseWheelEvent.WHEEL_UNIT_SCROLL, 3, 5));
            assertThat(canvas.firstLane()).isEqualTo(5);
            canvas.reveal(last);
            assertThat(canvas.pointOf(last)).isNotNull();
            assertThat(canvas.frame().firstLane() + canvas.frame().laneCount()).isEqualTo(60);
            return null;
        });
    }

    private static Component find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container k) {
                Component found = find(k, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
