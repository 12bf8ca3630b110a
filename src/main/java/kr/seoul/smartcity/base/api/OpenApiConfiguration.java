package kr.seoul.smartcity.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the platform's HTTP APIs, built by springdoc from the controllers themselves: the open data
 * API ({@code /api/public/**}, group {@code public}) and the administration API ({@code /api/admin/**}, group
 * {@code admin}, HTTP Basic). Served at {@code /v3/api-docs} (both), {@code /v3/api-docs/public} and
 * {@code /v3/api-docs/admin}; Swagger UI at {@code /api/docs}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basic";

    @Bean
    OpenAPI cityOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Seoul Smart City Platform API")
                        .description("Open data of the Digital Citizen Mayor's Office (`/api/public/`, no sign-in) "
                                + "and the administration API for scripts (`/api/admin/`, HTTP Basic with a staff "
                                + "account).")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")));
    }

    @Bean
    GroupedOpenApi publicApi() {
        return GroupedOpenApi.builder()
                .group("public")
                .displayName("Open data (/api/public)")
                .pathsToMatch("/api/public/**")
                .addOpenApiCustomizer(onlyUnder("/api/public/"))
                .addOpenApiCustomizer(noSignIn())
                .addOpenApiCustomizer(new UsedSchemas())
                .build();
    }

    @Bean
    GroupedOpenApi adminApi() {
        return GroupedOpenApi.builder()
                .group("admin")
                .displayName("Administration (/api/admin)")
                .pathsToMatch("/api/admin/**")
                .addOpenApiCustomizer(onlyUnder("/api/admin/"))
                .addOpenApiCustomizer(requireBasic())
                .addOpenApiCustomizer(new UsedSchemas())
                .build();
    }

    /**
     * A group's document keeps only its own paths (springdoc adds a group's paths to those of
     * {@code springdoc.paths-to-match}, which selects both APIs for {@code /v3/api-docs}).
     */
    static OpenApiCustomizer onlyUnder(String prefix) {
        return openApi -> openApi.getPaths().keySet().removeIf(path -> !path.startsWith(prefix));
    }

    /**
     * The open data group asks for no credentials (no Authorize button in Swagger UI) and describes only the schemas
     * its own operations use.
     */
    static OpenApiCustomizer noSignIn() {
        return openApi -> {
            if (openApi.getComponents() != null) {
                openApi.getComponents().setSecuritySchemes(null);
            }
        };
    }

    /** Every operation of the administration API needs HTTP Basic. */
    static OpenApiCustomizer requireBasic() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/admin/")) {
                item.readOperations()
                        .forEach(operation -> operation.addSecurityItem(new SecurityRequirement().addList(BASIC)));
            }
        });
    }

    /** The same requirement in the document of both groups ({@code /v3/api-docs}). */
    @Bean
    OpenApiCustomizer adminOperationsNeedBasic() {
        return requireBasic();
    }
}
