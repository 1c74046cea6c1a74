package io.backcast.bench;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

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

import io.backcast.model.WorkItem;
import io.backcast.rollup.IncrementalRollup;
import io.backcast.rollup.PhraseBook;
import io.backcast.rollup.PlanRollup;
import io.backcast.rollup.RollupEngine;

/**
 * The roll-up at design §7's scale ({@link PlanFixture}: 1,000 outcomes, 5,000 deliverables,
 * 100,000 work items). Targets (docs/PERFORMANCE.md): a full roll-up within 50 ms, one changed
 * item within 50 µs.
 *
 * <pre>
 * mvn -B -q -pl backcast-bench -am package -DskipTests
 * java -jar backcast-bench/target/benchmarks.jar RollupBenchmark -wi 3 -i 5 -f 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 3, timeUnit = TimeUnit.SECONDS)
public class RollupBenchmark {

    private PlanFixture plan;
    private RollupEngine engine;

    private IncrementalRollup incremental;
    /** Per item, in a shuffled order: the item as generated and after a status change. */
    private WorkItem[] original;
    private WorkItem[] changed;
    /** Per item: the one deliverable that contains it. */
    private Set<Integer>[] containing;
    private int next;
    private boolean applyChanged = true;

    @Setup(Level.Trial)
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void setUp() {
        plan = PlanFixture.generate();
        engine = new RollupEngine(PlanFixture.POLICY, PhraseBook.english());

        incremental = new IncrementalRollup(engine, plan.input(), plan.schedule(), PlanFixture.TODAY, PlanFixture.NOW);
        List<WorkItem> items = plan.items();
        int[] order = PlanFixture.shuffledIndexes(items.size(), PlanFixture.SEED);
        Set<Integer>[] byDeliverable = new Set[plan.input().deliverables().size() + 1];
        original = new WorkItem[items.size()];
        changed = new WorkItem[items.size()];
        containing = new Set[items.size()];
        for (int i = 0; i < order.length; i++) {
            int index = order[i];
            int deliverableId = plan.deliverableOf(index);
            if (byDeliverable[deliverableId] == null) {
                byDeliverable[deliverableId] = Set.of(deliverableId);
            }
            original[i] = items.get(index);
            changed[i] = PlanFixture.statusChanged(original[i]);
            containing[i] = byDeliverable[deliverableId];
        }
        next = 0;
        applyChanged = true;
    }

    /** The whole plan from scratch: every deliverable and outcome, reasons and phrases included. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PlanRollup fullRollup() {
        return engine.rollUp(plan.input(), plan.schedule(), PlanFixture.TODAY, PlanFixture.NOW);
    }

    /**
     * One item changes status: its deliverable and outcome are recomputed. Walks the items in a
     * shuffled order; on the first pass each item takes its changed status, on the next its
     * original one back, so every call is a real change.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void incrementalUpdate(Blackhole blackhole) {
        int i = next;
        WorkItem item = applyChanged ? changed[i] : original[i];
        blackhole.consume(incremental.apply(item, containing[i]));
        if (++next == original.length) {
            next = 0;
            applyChanged = !applyChanged;
        }
    }
}
