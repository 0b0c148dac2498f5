package studiobot.delivery;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import studiobot.chat.Reply;

/**
 * Draws a {@link Reply.Chart} as a PNG, headless: bookings per week on the left, the ratings'
 * scores on the right. Figures and dates in digits only, so it needs no words of any language
 * (its caption carries them) and no font beyond the JRE's own.
 */
public final class ChartPicture {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;

    private ChartPicture() {}

    public static byte[] draw(Reply.Chart chart) {
        try {
            return picture(chart);
        } catch (LinkageError | InternalError e) {
            // AWT without its native parts or fonts: a refusal the sender can set aside, not an Error that stops it
            throw new IllegalStateException("cannot draw a chart here: " + e, e);
        }
    }

    private static byte[] picture(Reply.Chart chart) {
        DefaultCategoryDataset weeks = new DefaultCategoryDataset();
        for (int i = 0; i < chart.labels().size(); i++) {
            weeks.addValue(chart.bookings().get(i), "bookings", chart.labels().get(i));
        }
        DefaultCategoryDataset scores = new DefaultCategoryDataset();
        for (int score = 1; score <= chart.ratings().size(); score++) {
            scores.addValue(chart.ratings().get(score - 1), "ratings", Integer.toString(score));
        }
        BufferedImage picture = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = picture.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            bars(weeks, new Color(0x3B6EA5)).draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, WIDTH * 0.66, HEIGHT));
            bars(scores, new Color(0xE0A526)).draw(g, new java.awt.geom.Rectangle2D.Double(WIDTH * 0.66, 0, WIDTH * 0.34, HEIGHT));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("drawing a chart", e);
        }
        return png.toByteArray();
    }

    private static JFreeChart bars(DefaultCategoryDataset data, Color color) {
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        // many weeks or months: the labels slant and keep their figures whole
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(3.0f);
        if (data.getColumnCount() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setSeriesPaint(0, color);
        renderer.setShadowVisible(false);
        return chart;
    }
}
