package org.perfgoals.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every timed request of a phase: what it was, how long it took, whether it failed. */
final class Recorder {

    record Sample(String kind, long micros, boolean failed) {
    }

    /** Percentiles of a set of samples, in milliseconds. */
    record Stats(int count, long p50, long p95, long p99, long max, int errors) {
        static Stats of(List<Sample> samples) {
            long[] micros = samples.stream().mapToLong(Sample::micros).sorted().toArray();
            int errors = (int) samples.stream().filter(Sample::failed).count();
            return new Stats(micros.length, at(micros, 0.50), at(micros, 0.95), at(micros, 0.99),
                    micros.length == 0 ? 0 : micros[micros.length - 1] / 1000, errors);
        }

        private static long at(long[] sorted, double share) {
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)] / 1000;
        }
    }

    private volatile ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

    void record(String kind, long nanos, boolean failed) {
        samples.add(new Sample(kind, nanos / 1000, failed));
    }

    /** Notes what went wrong (the first 20 are kept for the report). */
    void error(String what) {
        if (firstErrors.size() < 20) {
            firstErrors.add(what);
        }
    }

    List<String> firstErrors() {
        return List.copyOf(firstErrors);
    }

    /** The samples so far; the recorder starts afresh. */
    List<Sample> drain() {
        ConcurrentLinkedQueue<Sample> taken = samples;
        samples = new ConcurrentLinkedQueue<>();
        return new ArrayList<>(taken);
    }

    /** One line per kind of request: count, p50, p95, max, errors. */
    static List<String> byKind(List<Sample> samples) {
        Map<String, List<Sample>> kinds = new TreeMap<>();
        samples.forEach(sample -> kinds.computeIfAbsent(sample.kind(), kind -> new ArrayList<>()).add(sample));
        List<String> lines = new ArrayList<>();
        kinds.forEach((kind, list) -> {
            Stats stats = Stats.of(list);
            lines.add(String.format(Locale.ROOT, "%-22s n=%-6d p50=%-5d p95=%-5d p99=%-5d max=%-6d errors=%d", kind,
                    stats.count(), stats.p50(), stats.p95(), stats.p99(), stats.max(), stats.errors()));
        });
        return lines;
    }
}
