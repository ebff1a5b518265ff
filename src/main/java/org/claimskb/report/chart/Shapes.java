package org.claimskb.report.chart;

/**
 * The geometric pieces every chart is made of, in user units of the chart's view box (y grows
 * downwards). Plain values: the layouts compute them, the templates print them, tests measure them.
 */
public final class Shapes {

    private Shapes() {}

    /**
     * The chart as a whole: its {@code <svg>} element's id, view box (origin 0, 0) and its
     * accessible name and description.
     */
    public record Frame(String id, String title, String desc, int width, int height) {}

    /** A line of text at (x, y), its baseline, anchored {@code start}, {@code middle} or {@code end}. */
    public record Text(double x, double y, String anchor, String text) {}

    public record Line(double x1, double y1, double x2, double y2) {}

    /** A drawn rectangle. */
    public record Rect(double x, double y, double width, double height) {}

    public record Circle(double cx, double cy, double r) {}

    /** A cubic Bézier curve from (x0, y0) to (x1, y1) with control points c1 and c2. */
    public record Curve(double x0, double y0, double c1x, double c1y, double c2x, double c2y, double x1, double y1) {

        /** The point at {@code t} (0..1) along the curve, as {x, y}. */
        public double[] at(double t) {
            double a = Math.pow(1 - t, 3);
            double b = 3 * t * Math.pow(1 - t, 2);
            double c = 3 * t * t * (1 - t);
            double d = t * t * t;
            return new double[] {a * x0 + b * c1x + c * c2x + d * x1, a * y0 + b * c1y + c * c2y + d * y1};
        }
    }

    /** A rotation by {@code degrees} about (cx, cy). */
    public record Rotation(double degrees, double cx, double cy) {}

    /** The area something takes up, for keeping things apart; not drawn. */
    public record Box(double left, double top, double right, double bottom) {

        public boolean overlaps(Box o) {
            return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
        }

        public Box shift(double dx, double dy) {
            return new Box(left + dx, top + dy, right + dx, bottom + dy);
        }

        /** Whether the box lies within (0, 0)..(width, height). */
        public boolean inside(double width, double height) {
            return left >= 0 && top >= 0 && right <= width && bottom <= height;
        }
    }
}
