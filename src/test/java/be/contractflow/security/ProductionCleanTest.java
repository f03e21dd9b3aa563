package be.contractflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 10, finding 5 and 7: production is clean. A database that once ran the embedded default
 * loses its demo users and the "All tasks" filter when prod starts (the configured admin stays); the
 * session cookie is Secure; 5xx bodies of /engine-rest carry a reference, not the engine's text.
 */
// its own context: it deletes the demo users the other security tests sign in as
@SpringBootTest(properties = "contractflow.test.context=production-clean")
@ActiveProfiles("test")
// closed after the class: one more cached context with an engine and a web server is memory the
// suite's single JVM does not have to spare
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProductionCleanTest {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;

  @Test
  void prod_removes_every_demo_user_and_the_all_tasks_filter_but_keeps_its_admin() {
    filterService.saveFilter(filterService.newTaskFilter(DemoAccountsRemoval.ALL_TASKS));
    assertThat(identityService.createUserQuery().userIdIn("demo", "sales", "owner", "auditor").count()).isEqualTo(4);
    identityService.saveUser(identityService.newUser("admin"));

    List<String> removed = new DemoAccountsRemoval("admin").apply(engine);

    assertThat(removed)
        .contains("user demo", "user sales", "user production", "user accounting", "user owner", "user auditor",
            "filter All tasks");
    assertThat(identityService.createUserQuery().userIdIn("demo", "sales", "production", "accounting", "owner", "auditor")
        .count()).isZero();
    assertThat(identityService.createUserQuery().userId("admin").count()).isOne();
    assertThat(filterService.createFilterQuery().filterName(DemoAccountsRemoval.ALL_TASKS).count()).isZero();
    assertThat(new DemoAccountsRemoval("admin").apply(engine)).as("a second start removes nothing").isEmpty();
  }

  @Test
  void prod_switches_on_the_removal_the_secure_session_cookie_and_hidden_error_bodies() throws Exception {
    List<PropertySource<?>> prod =
        new YamlPropertySourceLoader().load("prod", new ClassPathResource("application-prod.yaml"));
    PropertySource<?> properties = prod.get(0);

    assertThat(properties.getProperty("server.servlet.session.cookie.secure")).isEqualTo(true);
    assertThat(properties.getProperty("contractflow.remove-demo-accounts")).isEqualTo(true);
    assertThat(properties.getProperty("contractflow.engine-rest.hide-internal-errors")).isEqualTo(true);
  }

  @Test
  void an_engine_rest_500_answers_a_reference_instead_of_the_internal_exception_text() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/engine-rest/group/g/members/u");
    MockHttpServletResponse response = new MockHttpServletResponse();

    // the application's ObjectMapper (Boot's builder) writes ProblemDetail properties at the top level
    new EngineRestErrorBodies(Jackson2ObjectMapperBuilder.json().build())
        .doFilter(request, response, new MockFilterChain() {
          @Override
          public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res)
              throws java.io.IOException {
            var http = (jakarta.servlet.http.HttpServletResponse) res;
            http.setStatus(500);
            http.setContentType("application/json");
            http.getWriter().write("{\"type\":\"ProcessEngineException\",\"message\":\"ENGINE-03004 Exception while"
                + " executing Database Operation 'INSERT MembershipEntity': Unique index or primary key"
                + " violation: PUBLIC.ACT_ID_MEMBERSHIP\"}");
            http.getWriter().flush();
          }
        });

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    JsonNode body = new ObjectMapper().readTree(response.getContentAsString());
    assertThat(body.path("detail").asText()).contains("details are in the server log under reference");
    assertThat(body.path("reference").asText()).hasSize(36);
    assertThat(response.getContentAsString()).doesNotContain("ACT_ID_MEMBERSHIP").doesNotContain("ENGINE-03004");
  }
}
