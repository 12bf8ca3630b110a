/**
 * What every feature shares and no feature owns: disclosure classes, the live event bus, UI push helpers, language,
 * the Elasticsearch client, chart and map components, district geometry and periodic background work. It knows no
 * feature; every feature may use all of it.
 */
@ApplicationModule(
        displayName = "Base",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
@NullMarked
package kr.seoul.smartcity.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
