package com.loyaltybatch.launch.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The API described at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}, both without a key. */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    @Bean
    OpenAPI loyaltyApi() {
        return new OpenAPI()
                .info(new Info().title("Loyalty Batch API")
                        .description("The Wix Loyalty REST API, self-hosted: every route also answers under /_api. "
                                + "Authenticate with 'Authorization: <key>' (api-keys create NAME)."))
                .components(new Components().addSecuritySchemes("apiKey", new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("Authorization")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
