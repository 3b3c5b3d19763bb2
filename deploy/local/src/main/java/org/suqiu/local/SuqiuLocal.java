package org.suqiu.local;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./suqiu up}: runs the whole system on this machine until Ctrl-C.
 * Options: {@code --home DIR} (the checkout), {@code --data DIR} (default {@code HOME/.suqiu-data}),
 * {@code --reset} (wipe the data first).
 */
public final class SuqiuLocal {

    private SuqiuLocal() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(".");
        Path data = null;
        boolean reset = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--reset" -> reset = true;
                case "--help", "-h" -> {
                    System.out.println("usage: ./suqiu up [--reset] [--data DIR]");
                    return;
                }
                default -> {
                    System.err.println("unknown option " + args[i] + "; try --help");
                    System.exit(2);
                }
            }
        }
        home = home.toAbsolutePath().normalize();
        data = (data == null ? home.resolve(".suqiu-data") : data).toAbsolutePath().normalize();
        if (reset) {
            LocalStack.reset(data);
            System.out.println("Wiped " + data);
        }
        Instant began = Instant.now();
        LocalStack stack = new LocalStack(LocalStack.Settings.defaults(home, data));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Suqiu ...");
            stack.close();
            System.out.println("Stopped. Data kept in " + stack.settings().dataDir() + " (--reset wipes it).");
            stopped.countDown();
        }, "suqiu-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("Suqiu did not start: " + e.getMessage());
            System.exit(1);
        }
        printWhatIsWhere(stack, Duration.between(began, Instant.now()));
        stopped.await();
    }

    private static void printWhatIsWhere(LocalStack stack, Duration took) {
        LocalStack.Settings s = stack.settings();
        String intake = s.service("intake-service").baseUrl();
        System.out.printf("""

                Suqiu is up (ready in %d s). Ctrl-C stops everything.

                  identity-server       %s   OIDC issuer; a token for curl: ./suqiu token h-330483-env
                  intake-service        %s   POST /api/grievances, GET /api/grievances/{trackingNo}
                  routing-service       %s   GET /api/units, /api/routing/decisions/{grievanceId}
                  mediation-service     %s   GET /api/cases, POST /api/cases/{id}/accept|resolve
                  notification-service  %s   GET /api/alerts, GET /api/alerts/stream (SSE)
                  mail (SMTP / IMAP)    127.0.0.1:%d / 127.0.0.1:%d   网上信箱 %s (login %s, password %s)
                  Kafka broker          %s
                  MongoDB-wire store    %s   (databases suqiu-intake, suqiu-routing, ...)
                  data                  %s
                  logs                  %s

                Channels (demo credentials, local only):
                  open311.api-key=suqiu-demo-open311-key      %s/open311/v2/discovery.json
                  wechat.token=suqiu-demo-token  wechat.aes-key=KNiX9xrTMXqoHma6bM1SM9Sr3vpsjK9HgEflOrH7aSE  wechat.appid=wxd3m0a5uq1u0001
                                                              %s/wechat/demo  (intake-service/scripts/wechat-send.sh)
                  web form                                    %s/

                Try:
                  curl -s -X POST %s/api/grievances -H 'Content-Type: application/json' \\
                    -d '{"channel":"WEB","externalId":"demo-1","text":"乌镇景区附近工厂夜间排放刺鼻废气","location":{"lat":30.7454,"lng":120.4870,"crs":"WGS84"},"categoryHint":"环境保护"}'

                """,
                took.toSeconds(),
                s.service("identity-server").baseUrl(), intake, s.service("routing-service").baseUrl(), s.service("mediation-service").baseUrl(),
                s.service("notification-service").baseUrl(),
                stack.mail().smtpPort(), stack.mail().imapPort(), DemoMail.MAILBOX, DemoMail.LOGIN, DemoMail.PASSWORD,
                stack.bootstrapServers(), stack.mongoConnectionString(),
                s.dataDir(), s.dataDir().resolve("logs"), intake, intake, intake, intake);
    }
}
