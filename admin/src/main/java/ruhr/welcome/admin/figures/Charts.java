package ruhr.welcome.admin.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

import ruhr.welcome.admin.figures.SvgChart.DataTable;
import ruhr.welcome.admin.figures.SvgChart.Label;
import ruhr.welcome.admin.figures.SvgChart.LegendItem;
import ruhr.welcome.admin.figures.SvgChart.Line;
import ruhr.welcome.admin.figures.SvgChart.Rect;

/** Lays out the dashboard's bar charts: columns per week (stacked or side by side) and ranked rows. */
final class Charts {

    /** Okabe-Ito colours: told apart with the common colour-vision deficiencies, each with a legend text. */
    static final String BLUE = "#0072B2";
    static final String ORANGE = "#E69F00";
    static final String VERMILLION = "#D55E00";
    static final String GREEN = "#009E73";
    static final String PURPLE = "#CC79A7";
    static final String SKY = "#56B4E9";

    private static final int WIDTH = 720;
    private static final int STEPS = 5;
    private static final int COLUMN_HEIGHT = 280;
    private static final double LEFT = 48;
    private static final double RIGHT = 12;
    private static final double TOP = 12;
    private static final double BOTTOM = 36;
    private static final double ROW = 26;
    private static final double LABEL_COLUMN = 170;

    /** One series of values, one per column. */
    record Series(String label, String fill, List<Double> values) {
        Series {
            values = List.copyOf(values);
        }
    }

    private Charts() {
    }

    /**
     * Columns along the x axis (weeks), the series stacked ({@code stacked}) or side by side.
     *
     * @param format how a value is written on the axis and in tooltips
     */
    static SvgChart columns(String id, String title, String description, List<String> xLabels, List<Series> series,
                            boolean stacked, DoubleFunction<String> format, DataTable table) {
        int n = xLabels.size();
        double max = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (Series s : series) {
                double v = s.values().get(i);
                sum = stacked ? sum + v : Math.max(sum, v);
            }
            max = Math.max(max, sum);
        }
        double top = niceCeiling(max);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = COLUMN_HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / Math.max(1, n);
        double barWidth = slot * 0.7 / (stacked ? 1 : Math.max(1, series.size()));
        List<Rect> rects = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (int t = 0; t <= STEPS; t++) {
            double value = top * t / STEPS;
            double y = TOP + plotHeight - plotHeight * t / STEPS;
            lines.add(new Line(LEFT, y, WIDTH - RIGHT, y));
            labels.add(new Label(LEFT - 6, y + 4, "end", format.apply(value)));
        }
        int every = n > 14 ? (int) Math.ceil(n / 14.0) : 1;
        for (int i = 0; i < n; i++) {
            double x0 = LEFT + slot * i + slot * 0.15;
            double base = TOP + plotHeight;
            for (int k = 0; k < series.size(); k++) {
                Series s = series.get(k);
                double v = s.values().get(i);
                double h = top == 0 ? 0 : plotHeight * v / top;
                double x = stacked ? x0 : x0 + k * barWidth;
                double y = stacked ? base - h : TOP + plotHeight - h;
                if (h > 0) {
                    rects.add(new Rect(x, y, barWidth, h, s.fill(), xLabels.get(i) + " – " + s.label() + ": " + format.apply(v)));
                }
                if (stacked) {
                    base -= h;
                }
            }
            if (i % every == 0) {
                labels.add(new Label(LEFT + slot * i + slot / 2, COLUMN_HEIGHT - BOTTOM + 16, "middle", xLabels.get(i)));
            }
        }
        List<LegendItem> legend = series.stream().map(s -> new LegendItem(s.label(), s.fill())).toList();
        return new SvgChart(id, title, description, WIDTH, COLUMN_HEIGHT, rects, labels, lines, legend, table);
    }

    /** One bar per row, longest first as given, each with its name and value written out. */
    static SvgChart rows(String id, String title, String description, List<String> names, List<Double> values,
                         String fill, DoubleFunction<String> format, DataTable table) {
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double plotWidth = WIDTH - LABEL_COLUMN - 70;
        int height = (int) Math.max(ROW * names.size() + 2 * TOP, 2 * ROW);
        List<Rect> rects = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double y = TOP + i * ROW;
            double w = max == 0 ? 0 : plotWidth * values.get(i) / max;
            labels.add(new Label(LABEL_COLUMN - 8, y + ROW * 0.62, "end", names.get(i)));
            if (w > 0) {
                rects.add(new Rect(LABEL_COLUMN, y + 4, w, ROW - 8, fill, names.get(i) + ": " + format.apply(values.get(i))));
            }
            labels.add(new Label(LABEL_COLUMN + w + 6, y + ROW * 0.62, "start", format.apply(values.get(i))));
        }
        return new SvgChart(id, title, description, WIDTH, height, rects, labels, List.of(), List.of(), table);
    }

    /** The axis top: 5, 10, 20, 50, 100 ... at or above {@code max}, so its five steps are whole numbers. */
    static double niceCeiling(double max) {
        double top = 5;
        while (top < max) {
            String digits = Long.toString((long) top);
            top = digits.charAt(0) == '5' ? top * 2 : digits.charAt(0) == '1' ? top * 2 : top * 2.5;
        }
        return top;
    }
}
