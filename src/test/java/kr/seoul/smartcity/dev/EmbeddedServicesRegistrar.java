package kr.seoul.smartcity.dev;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Starts the embedded services while configuration classes are parsed and puts their addresses in front of every
 * other property source, so that R2DBC, Flyway (whose auto-configuration needs {@code spring.flyway.url} when its
 * conditions are evaluated) and the search client all find them. With {@code city.dev.shared-services=true} it starts
 * nothing: the instance uses services another process started (see {@link SharedServices}), as a second instance.
 */
class EmbeddedServicesRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {

    private ConfigurableEnvironment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = (ConfigurableEnvironment) environment;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        if (environment.getPropertySources().contains(EmbeddedServices.PROPERTY_SOURCE)
                || environment.getProperty("city.dev.shared-services", Boolean.class, false)) {
            return;
        }
        EmbeddedServices services = EmbeddedServices.startOnce(EmbeddedServices.Settings.from(environment));
        environment.getPropertySources().addFirst(
                new MapPropertySource(EmbeddedServices.PROPERTY_SOURCE, services.properties()));
    }
}
