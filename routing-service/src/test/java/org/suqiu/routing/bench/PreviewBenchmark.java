package org.suqiu.routing.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.springframework.core.io.ClassPathResource;
import org.suqiu.routing.DemoData;
import org.suqiu.routing.assignment.model.GrievanceToRoute;
import org.suqiu.routing.assignment.model.RoutingDecision;
import org.suqiu.routing.assignment.model.RoutingPolicy;
import org.suqiu.routing.classification.infrastructure.CorpusCsv;
import org.suqiu.routing.jurisdiction.model.GeoLocation;
import org.suqiu.routing.jurisdiction.model.Jurisdiction;
import org.suqiu.routing.jurisdiction.model.JurisdictionLevel;

/**
 * JMH: one preview decision (classify + locate + rules, what {@code POST /api/routing/preview}
 * computes) on one core, for hotline-length texts with an address and for the dev set's long
 * messages with a point. Not run by the build; run it with
 * {@code ./mvnw -B -o -pl routing-service test -Dtest=PreviewBenchmark -Djmh=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PreviewBenchmark {

    private static final String[] SHORT = {"工厂夜里排放刺鼻废气，熏得睡不着", "路面塌陷坑洼，电动车差点摔倒", "小区物业乱收停车费",
        "公司拖欠三个月工资不发", "学校食堂饭菜质量差还涨价", "医院挂号排队太久，黄牛倒号", "公交车到站不停，司机态度差",
        "超市卖过期食品，要求退货被拒", "楼下烧烤店油烟噪音扰民", "孩子入学报名材料被退回"};
    private static final String[] STREETS = {"人民路", "解放路", "中山路", "新华路", "文化路"};

    private final Instant now = Instant.parse("2026-11-20T08:00:00Z");
    private RoutingPolicy policy;
    private GrievanceToRoute[] hotline;
    private GrievanceToRoute[] board;
    private int i;

    @Setup
    public void setUp() {
        policy = DemoData.policyWithClassifier();
        Random random = new Random(42);
        List<Jurisdiction> townships = DemoData.jurisdictions().atLevel(JurisdictionLevel.TOWNSHIP);
        List<GrievanceToRoute> calls = new ArrayList<>();
        for (int k = 0; k < 1024; k++) {
            Jurisdiction t = townships.get(random.nextInt(townships.size()));
            String county = DemoData.jurisdictions().byCode(t.parentCode()).orElseThrow().name();
            calls.add(new GrievanceToRoute("g-" + k, "SQ-" + k, "HOTLINE", SHORT[random.nextInt(SHORT.length)], null,
                    county + t.name() + STREETS[random.nextInt(STREETS.length)] + random.nextInt(300) + "号", null, "NORMAL",
                    "330400", null, now, "e-" + k));
        }
        hotline = calls.toArray(GrievanceToRoute[]::new);
        List<GrievanceToRoute> posts = new ArrayList<>();
        int k = 0;
        for (CorpusCsv.DevRow row : CorpusCsv.dev(new ClassPathResource("classifier/dev_raw.csv"))) {
            posts.add(new GrievanceToRoute("d-" + k, "SQ-d" + k, "WEB", row.title() + "\n" + row.text(),
                    new GeoLocation(30.60 + random.nextDouble() * 0.3, 120.45 + random.nextDouble() * 0.6, "GCJ02"), null, null,
                    "NORMAL", null, null, now, "e-d" + k++));
        }
        board = posts.toArray(GrievanceToRoute[]::new);
    }

    @Benchmark
    public RoutingDecision previewHotlineCallWithAddress() {
        return policy.decide(hotline[i++ & 1023], now);
    }

    @Benchmark
    public RoutingDecision previewLongBoardPostWithPoint() {
        i = (i + 1) % board.length;
        return policy.decide(board[i], now);
    }

    @Test
    void run() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("jmh"), "run with -Djmh=true");
        new Runner(new OptionsBuilder().include(PreviewBenchmark.class.getName()).build()).run();
    }
}
