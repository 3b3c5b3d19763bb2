package org.suqiu.local;

import java.util.List;

/** One Suqiu service as the local stack runs it: its module, its port, its extra arguments. */
public record ServiceSpec(String name, int port, List<String> extraArgs) {

    public ServiceSpec {
        extraArgs = List.copyOf(extraArgs);
    }

    public static ServiceSpec of(String name, int port) {
        return new ServiceSpec(name, port, List.of());
    }

    public ServiceSpec withArgs(List<String> args) {
        return new ServiceSpec(name, port, args);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
