package kr.seoul.smartcity.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * Where the project's shared data lies beside it (../shared), the dong boundaries are switched on too.
 */
class EmbeddedServicesRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {

    private static final Path SHARED_DONGS =
            Path.of("../shared/data/geo/hangjeongdong_seoul_admdongkor_ver20210401.geojson");
    /** The attribution its licence (../shared/data/geo/vuski_admdongkor_LICENSE-DATA.txt) asks for. */
    private static final String SHARED_DONGS_ATTRIBUTION = "통계청 통계지리정보서비스(SGIS, https://sgis.kostat.go.kr)에서 "
            + "공공누리 제1유형으로 개방한 행정동 경계를 가공(vuski/admdongkor, https://github.com/vuski/admdongkor), "
            + "CC BY 4.0";

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
        Map<String, Object> properties = new LinkedHashMap<>(services.properties());
        if (environment.getProperty("city.geo.dongs.location") == null && Files.isRegularFile(SHARED_DONGS)) {
            // the dong layer where the shared data is beside the project (CC BY 4.0: its attribution goes with it)
            properties.put(
                    "city.geo.dongs.location",
                    SHARED_DONGS.toAbsolutePath().normalize().toUri().toString());
            properties.put("city.geo.dongs.attribution", SHARED_DONGS_ATTRIBUTION);
        }
        environment.getPropertySources().addFirst(new MapPropertySource(EmbeddedServices.PROPERTY_SOURCE, properties));
    }
}
