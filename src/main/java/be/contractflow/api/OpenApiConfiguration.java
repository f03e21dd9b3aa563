package be.contractflow.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /api/openapi}, its UI at {@code /api/docs}. */
@Configuration
public class OpenApiConfiguration {

  @Bean
  OpenAPI contractflowOpenApi() {
    return new OpenAPI()
        .info(new Info()
            .title("contractflow domain API")
            .version("1")
            .description("""
                The contract lifecycle of a Belgian web agency, run as executable BPMN on Camunda 7.
                Business time is Europe/Brussels; dates are YYYY-MM-DD; amounts are strings with two \
                decimals, incl. VAT unless the field says ExclVat. Errors are RFC 7807 \
                application/problem+json whose detail says what to send instead. Authenticate with \
                HTTP Basic as a contractflow (Camunda) user."""))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
