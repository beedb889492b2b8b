package io.github.lorewiki.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Times the stages of one run, one after the other: each {@link #lap} closes the stage that was running and
 * names it. Used by one thread, the one that chains the stages; the work inside a stage may run on many.
 */
final class StageClock {
    private final List<BuildResult.StageTime> laps = new ArrayList<>();
    private long last = System.nanoTime();

    /** Ends the stage that ran since the last lap (or since the clock was made), under this name. */
    void lap(String stage) {
        long now = System.nanoTime();
        laps.add(new BuildResult.StageTime(stage, (now - last) / 1_000_000));
        last = now;
    }

    List<BuildResult.StageTime> laps() {
        return List.copyOf(laps);
    }
}
