package studiobot.chat;

import java.util.List;

/**
 * Signing a screen's buttons: a calendar month has about 45, each signed for its reader. A
 * measurement to run by hand (see the README's Benchmarks):
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) studiobot.chat.CallbacksBenchmark
 * </pre>
 */
final class CallbacksBenchmark {
    private static final int BUTTONS = 45;

    private CallbacksBenchmark() {}

    public static void main(String[] args) {
        Callbacks callbacks = new Callbacks(new byte[32]);
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            int screens = 20_000;
            long start = System.nanoTime();
            for (int s = 0; s < screens; s++) {
                for (int b = 0; b < BUTTONS; b++) {
                    sink += callbacks.encode(7001 + s, "bkd", List.of(Integer.toString(s), "202612" + (b % 31))).length();
                }
            }
            long perScreen = (System.nanoTime() - start) / screens;
            System.out.printf("signing a screen of %d buttons: %.1f µs (%.2f µs a button)%n", BUTTONS, perScreen / 1000.0,
                    perScreen / 1000.0 / BUTTONS);
        }
        System.out.println(sink == 42 ? "" : "(done)");
    }
}
