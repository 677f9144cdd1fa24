package dev.helpdesk.web.captcha;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/**
 * "a + b" drawn as an SVG picture of strokes (seven-segment digits, each point moved a little at random, with a few
 * stray lines), so that the page holds no text of the sum: a script must read a picture, a person just reads it.
 */
final class SumPicture {
    /** Segments a to g of a seven-segment digit, as two points each in a 10 x 20 box. */
    private static final int[][] SEGMENTS = {
        {0, 0, 10, 0}, {10, 0, 10, 10}, {10, 10, 10, 20}, {0, 20, 10, 20}, {0, 10, 0, 20}, {0, 0, 0, 10},
        {0, 10, 10, 10}};
    /** Which segments (a..g as bits 0..6) each digit lights. */
    private static final int[] DIGITS = {0x3f, 0x06, 0x5b, 0x4f, 0x66, 0x6d, 0x7d, 0x07, 0x7f, 0x6f};

    private SumPicture() {
    }

    static String dataUri(int a, int b, Random random) {
        StringBuilder path = new StringBuilder();
        int left = 4;
        for (char c : Integer.toString(a).toCharArray()) {
            digit(path, c - '0', left, random);
            left += 16;
        }
        line(path, left + 2, 20, left + 14, 20, random);
        line(path, left + 8, 14, left + 8, 26, random);
        left += 22;
        for (char c : Integer.toString(b).toCharArray()) {
            digit(path, c - '0', left, random);
            left += 16;
        }
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            line(noise, random.nextInt(90), random.nextInt(40), random.nextInt(90), random.nextInt(40), random);
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"180\" height=\"80\" viewBox=\"0 0 90 40\">"
                + "<path d=\"" + noise + "\" stroke=\"#9aa5b1\" stroke-width=\"1\" fill=\"none\"/>"
                + "<path d=\"" + path + "\" stroke=\"#1f2933\" stroke-width=\"2.2\" stroke-linecap=\"round\""
                + " fill=\"none\"/></svg>";
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static void digit(StringBuilder path, int digit, int left, Random random) {
        for (int segment = 0; segment < 7; segment++) {
            if ((DIGITS[digit] & (1 << segment)) != 0) {
                int[] s = SEGMENTS[segment];
                line(path, left + s[0], 10 + s[1], left + s[2], 10 + s[3], random);
            }
        }
    }

    private static void line(StringBuilder path, int x1, int y1, int x2, int y2, Random random) {
        path.append('M').append(jitter(x1, random)).append(' ').append(jitter(y1, random))
                .append('L').append(jitter(x2, random)).append(' ').append(jitter(y2, random));
    }

    private static String jitter(int value, Random random) {
        return String.format(java.util.Locale.ROOT, "%.1f", value + (random.nextDouble() - 0.5) * 2.4);
    }
}
