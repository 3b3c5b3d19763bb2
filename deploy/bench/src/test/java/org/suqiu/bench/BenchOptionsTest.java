package org.suqiu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    private final Path home = Path.of("/checkout");

    @Test
    void shouldRunTheIssuesRatesWithProfilingByDefault() {
        BenchOptions options = BenchOptions.parse(new String[] {}, home);
        assertThat(options.mode()).isEqualTo("full");
        assertThat(options.rates()).containsExactly(500, 1000, 2000, 3000, 5000, 7000);
        assertThat(options.step()).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.store()).isEqualTo(BenchOptions.Store.FILE);
        assertThat(options.profile()).isTrue();
        assertThat(options.dataDir()).isEqualTo(Path.of("/checkout/.suqiu-data/bench"));
        assertThat(options.resultsDir()).isEqualTo(Path.of("/checkout/deploy/bench/results"));
    }

    @Test
    void shouldMakeQuickRunsShortAndCustomRatesTheirOwnResultFiles() {
        BenchOptions quick = BenchOptions.parse(new String[] {"--quick"}, home);
        assertThat(quick.mode()).isEqualTo("quick");
        assertThat(quick.rates()).containsExactly(250, 500, 1000);
        assertThat(quick.step()).isEqualTo(Duration.ofSeconds(5));
        assertThat(quick.arguments()).isEqualTo(" --quick");

        BenchOptions custom = BenchOptions.parse(new String[] {"--rates", "100, 200", "--store", "memory", "--no-profile",
                "--home", "/elsewhere"}, home);
        assertThat(custom.mode()).isEqualTo("custom");
        assertThat(custom.rates()).containsExactly(100, 200);
        assertThat(custom.store()).isEqualTo(BenchOptions.Store.MEMORY);
        assertThat(custom.profile()).isFalse();
        assertThat(custom.home()).isEqualTo(Path.of("/elsewhere"));
        assertThat(custom.arguments()).isEqualTo(" --rates 100, 200 --store memory --no-profile");
    }

    @Test
    void shouldRefuseUnknownOptionsAndMissingValuesWithTheUsage() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--fast"}, home))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown option --fast").hasMessageContaining("usage:");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--rates"}, home))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--rates needs a value");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--rates", "0"}, home))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rates must be positive");
    }
}
