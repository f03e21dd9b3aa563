package be.contractflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.contractflow.ContractflowApplication;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.mock.env.MockEnvironment;

/**
 * Issue 2, "Profiles": prod refuses a missing, short or weak admin password and the simulation
 * profile, before anything connects to a database; and what prod switches on and off.
 */
class ProductionGuardTest {

  private static final String STRONG = "Kw4!tr-Zonnig-Brussel";

  /** Starts the real application with these profiles and arguments (refused before any bean). */
  private static void start(String profiles, String... args) {
    new SpringApplicationBuilder(ContractflowApplication.class)
        .web(WebApplicationType.NONE)
        .profiles(profiles.split(","))
        .run(args);
  }

  @Test
  void prod_refuses_to_start_without_an_admin_password() {
    assertThatThrownBy(() -> start("prod", "--CONTRACTFLOW_ADMIN_PASSWORD="))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("refuses to start with the 'prod' profile")
        .hasMessageContaining("set the environment variable CONTRACTFLOW_ADMIN_PASSWORD")
        .hasMessageContaining("at least 12 characters");
  }

  @Test
  void prod_refuses_to_start_with_a_short_admin_password() {
    assertThatThrownBy(() -> start("prod", "--CONTRACTFLOW_ADMIN_PASSWORD=Sh0rt!pass"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CONTRACTFLOW_ADMIN_PASSWORD) is shorter than 12 characters");
  }

  @Test
  void prod_refuses_an_admin_password_that_camundas_policy_would_reject() {
    assertThatThrownBy(() -> start("prod", "--CONTRACTFLOW_ADMIN_PASSWORD=onlylowercaseletters"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not pass Camunda's password policy")
        .hasMessageContaining("PASSWORD_POLICY_UPPERCASE")
        .hasMessageContaining("PASSWORD_POLICY_DIGIT");
    assertThatThrownBy(() -> start("prod", "--CONTRACTFLOW_ADMIN_PASSWORD=Admin-Is-1-Great!"))
        .hasMessageContaining("PASSWORD_POLICY_USER_DATA");
  }

  @Test
  void prod_refuses_to_run_with_the_simulation_profile() {
    assertThatThrownBy(() -> start("prod,simulation", "--CONTRACTFLOW_ADMIN_PASSWORD=" + STRONG))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the 'simulation' profile is active")
        .hasMessageNotContaining("CONTRACTFLOW_ADMIN_PASSWORD");
  }

  @Test
  void prod_refuses_demo_users() {
    assertThatThrownBy(
            () -> start("prod", "--CONTRACTFLOW_ADMIN_PASSWORD=" + STRONG, "--contractflow.demo-users=true"))
        .hasMessageContaining("demo users are switched on");
  }

  @Test
  void prod_accepts_a_strong_admin_password() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("camunda.bpm.admin-user.id", "admin")
            .withProperty("camunda.bpm.admin-user.password", STRONG);
    environment.setActiveProfiles("prod");

    assertThatCode(() -> new ProductionGuard().postProcessEnvironment(environment, new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void prod_means_postgres_no_demo_users_password_policy_and_no_all_tasks_filter() {
    ConfigurableEnvironment environment = preparedEnvironment("prod", "--CONTRACTFLOW_ADMIN_PASSWORD=" + STRONG);

    assertThat(environment.getActiveProfiles()).contains("prod", "postgres");
    assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
    assertThat(environment.getProperty("contractflow.demo-users")).isEqualTo("false");
    assertThat(environment.getProperty("camunda.bpm.admin-user.id")).isEqualTo("admin");
    assertThat(environment.getProperty("camunda.bpm.admin-user.password")).isEqualTo(STRONG);
    assertThat(environment.getProperty("camunda.bpm.generic-properties.properties.enable-password-policy"))
        .isEqualTo("true");
    assertThat(environment.getProperty("camunda.bpm.filter.create")).isEqualTo("false");
  }

  @Test
  void the_embedded_default_keeps_demo_users_and_the_all_tasks_filter() {
    ConfigurableEnvironment environment = preparedEnvironment("default");

    assertThat(environment.getProperty("contractflow.demo-users")).isEqualTo("true");
    assertThat(environment.getProperty("camunda.bpm.filter.create")).isEqualTo("All tasks");
    assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:");
  }

  /** The environment the application would run with, captured before any bean is created. */
  private static ConfigurableEnvironment preparedEnvironment(String profiles, String... args) {
    AtomicReference<ConfigurableEnvironment> prepared = new AtomicReference<>();
    class Captured extends RuntimeException {}
    ApplicationListener<ApplicationEnvironmentPreparedEvent> capture =
        event -> {
          prepared.set(event.getEnvironment());
          throw new Captured();
        };
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(ContractflowApplication.class)
                    .web(WebApplicationType.NONE)
                    .profiles(profiles.split(","))
                    .listeners(capture)
                    .run(args))
        .isInstanceOf(Captured.class);
    return prepared.get();
  }
}
