package dev.platina.identity.impl.internal;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost that bounds password sign-ins: one Argon2id verification with the production parameters (19 MiB,
 * t=2, p=1). Sign-ins per second on a machine ~ this throughput with as many threads as cores; everything else
 * a sign-in does (a few indexed queries) is small next to it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class PasswordHashingBenchmark {

    private PasswordHasher hasher;
    private String stored;

    @Setup
    public void setUp() {
        hasher = new PasswordHasher();
        stored = hasher.hash("correct horse battery staple");
    }

    @Benchmark
    public boolean verifyPassword() {
        return hasher.verify("correct horse battery staple", stored);
    }
}
