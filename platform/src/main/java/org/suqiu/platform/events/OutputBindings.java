package org.suqiu.platform.events;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.cloud.stream.messaging.DirectWithAttributesChannel;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Output bindings named in {@code suqiu.events.outputs} (e.g. {@code routed}, {@code units}), bound
 * at start-up. Stream 5.0.2's {@code spring.cloud.stream.output-bindings} would do this but also
 * starts a poller that fails on every tick (spring-cloud-stream#3203). Each binding is a channel
 * bean of the binding's name, which {@code StreamBridge} then sends through; binding at start means
 * a first send while the broker is down does not block in topic provisioning.
 */
public final class OutputBindings {

    public static final String PROPERTY = "suqiu.events.outputs";

    private OutputBindings() {
    }

    public static List<String> names(Environment environment) {
        return Binder.get(environment).bind(PROPERTY, Bindable.listOf(String.class)).orElse(List.of());
    }

    /** Registers a channel bean per configured output binding. */
    public static class Registrar implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            for (String name : names(environment)) {
                if (!registry.containsBeanDefinition(name)) {
                    registry.registerBeanDefinition(name, new RootBeanDefinition(DirectWithAttributesChannel.class, () -> {
                        DirectWithAttributesChannel channel = new DirectWithAttributesChannel();
                        channel.setComponentName(name);
                        return channel;
                    }));
                }
            }
        }
    }

    /** Binds the channels to the broker before the application's own components start. */
    public static class Binding implements SmartLifecycle {

        private static final Logger log = LoggerFactory.getLogger(Binding.class);

        private final Map<String, DirectWithAttributesChannel> channels;
        private final BindingService bindingService;
        private volatile boolean running;

        public Binding(Map<String, DirectWithAttributesChannel> channels, BindingService bindingService) {
            this.channels = channels;
            this.bindingService = bindingService;
        }

        @Override
        public void start() {
            // with the broker down, the binder retries on its own (spring.cloud.stream.binding-retry-interval)
            channels.forEach((name, channel) -> bindingService.bindProducer(channel, name));
            running = true;
            log.info("Output bindings bound: {}", channels.keySet());
        }

        @Override
        public void stop() {
            channels.keySet().forEach(bindingService::unbindProducers);
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        /** Before the default phase, where relays and watchers start; stopped after them. */
        @Override
        public int getPhase() {
            return -100;
        }
    }
}
