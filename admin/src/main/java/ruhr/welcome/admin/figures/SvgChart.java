package ruhr.welcome.admin.figures;

import java.util.List;

/**
 * A chart drawn on the server as SVG: shapes with their coordinates already computed, every text
 * passed as data so the template escapes it. Comes with a title, a description and the same numbers
 * as a table, for screen readers and for reading exact values.
 */
record SvgChart(String id, String title, String description, int width, int height, List<Rect> rects,
                List<Label> labels, List<Line> lines, List<LegendItem> legend, DataTable table) {

    SvgChart {
        rects = List.copyOf(rects);
        labels = List.copyOf(labels);
        lines = List.copyOf(lines);
        legend = List.copyOf(legend);
    }

    /** A bar; {@code tooltip} names it and its value. */
    record Rect(double x, double y, double width, double height, String fill, String tooltip) {
        Rect {
            x = round(x);
            y = round(y);
            width = round(width);
            height = round(height);
        }
    }

    /** @param anchor SVG text-anchor: start, middle or end */
    record Label(double x, double y, String anchor, String text) {
        Label {
            x = round(x);
            y = round(y);
        }
    }

    record Line(double x1, double y1, double x2, double y2) {
        Line {
            x1 = round(x1);
            y1 = round(y1);
            x2 = round(x2);
            y2 = round(y2);
        }
    }

    /** Tenths of a pixel are enough, and keep the markup short. */
    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    record LegendItem(String label, String fill) {
    }

    /** The chart's numbers; the first column names the row. */
    record DataTable(List<String> headers, List<List<String>> rows) {
        DataTable {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
