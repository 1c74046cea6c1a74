package io.backcast.bench;

import java.util.concurrent.TimeUnit;

import org.mpxj.cpm.CpmException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.backcast.schedule.PlanNetwork;
import io.backcast.schedule.MsProjectNetwork;
import io.backcast.schedule.Planner;
import io.backcast.schedule.Schedule;

/**
 * The planner at design §7's scale ({@link PlannerFixture}: 10,000 milestones, 30,000 dependencies,
 * 200 outcomes), and MPXJ's MicrosoftScheduler on the same network stated in MS Project terms
 * ({@link MsProjectNetwork}). Target (docs/PERFORMANCE.md): a full plan — both passes, floats,
 * criticality and the critical path of every outcome — within 20 ms.
 *
 * <pre>
 * mvn -B -q -pl backcast-bench -am package -DskipTests
 * java -jar backcast-bench/target/benchmarks.jar PlannerBenchmark -wi 3 -i 5 -f 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 3, timeUnit = TimeUnit.SECONDS)
public class PlannerBenchmark {

    private PlanNetwork network;
    private int[] outcomeIds;
    private Planner planner;

    @Setup(Level.Trial)
    public void setUp() {
        network = PlannerFixture.generate().network();
        outcomeIds = network.outcomes().stream().mapToInt(outcome -> outcome.id()).toArray();
        planner = new Planner();
    }

    /**
     * The project stated in MS Project terms once per trial. The scheduler clears every task's dates
     * before it schedules and writes back only dates and durations (the same durations), so each call
     * schedules the same project; the calendar's caches of working time, which a call would leave
     * warm for the next, are emptied before each call (outside the measurement).
     */
    @State(Scope.Benchmark)
    public static class MsProject {

        MsProjectNetwork project;

        @Setup(Level.Trial)
        public void build() {
            project = MsProjectNetwork.of(PlannerFixture.generate().network(), PlannerFixture.TODAY);
        }

        @Setup(Level.Invocation)
        public void coldCalendar() {
            project.forgetCalendarCaches();
        }
    }

    /** The whole plan from the network: both passes, floats, criticality, then the critical path of every outcome. */
    @Benchmark
    public void backcastPlan(Blackhole blackhole) {
        Schedule schedule = planner.plan(network, PlannerFixture.TODAY);
        int onCriticalPaths = 0;
        for (int outcomeId : outcomeIds) {
            onCriticalPaths += schedule.criticalPath(outcomeId).size();
        }
        blackhole.consume(onCriticalPaths);
        blackhole.consume(schedule);
    }

    /** MPXJ's MicrosoftScheduler scheduling the same network: forward and backward pass over every task. */
    @Benchmark
    public void mpxjSchedule(MsProject state, Blackhole blackhole) throws CpmException {
        state.project.schedule();
        blackhole.consume(state.project.farTask().getLateStart());
    }
}
