package be.contractflow.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile in an unsafe shape (issue 2, "Profiles"): without an
 * admin password of at least {@value #MIN_PASSWORD_LENGTH} characters that passes Camunda's
 * password policy (on in prod), with demo users, or together with the {@code simulation} profile
 * (whose clock endpoint moves time for everyone). Runs once the profiles and configuration files
 * are known, before anything connects to the database.
 */
public class ProductionGuard implements EnvironmentPostProcessor, Ordered {

  static final String PROD = "prod";
  static final String SIMULATION = "simulation";
  static final int MIN_PASSWORD_LENGTH = 12;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of(PROD))) {
      return;
    }
    List<String> problems = new ArrayList<>();
    if (environment.acceptsProfiles(Profiles.of(SIMULATION))
        || environment.getProperty("contractflow.simulation.enabled", Boolean.class, false)) {
      problems.add(
          "the 'simulation' profile is active: its clock endpoint moves the engine's time for every"
              + " contract, so it never runs with 'prod'. Remove 'simulation' from"
              + " spring.profiles.active / SPRING_PROFILES_ACTIVE.");
    }
    if (environment.getProperty("contractflow.demo-users", Boolean.class, false)) {
      problems.add(
          "demo users are switched on (contractflow.demo-users=true): their passwords are public."
              + " Remove the override.");
    }
    String password = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (password.isBlank()) {
      problems.add(
          "no admin password: set the environment variable CONTRACTFLOW_ADMIN_PASSWORD to a password"
              + " of at least " + MIN_PASSWORD_LENGTH + " characters" + policyHint());
    } else if (password.length() < MIN_PASSWORD_LENGTH) {
      problems.add(
          "the admin password (CONTRACTFLOW_ADMIN_PASSWORD) is shorter than " + MIN_PASSWORD_LENGTH
              + " characters: set it to a password of at least " + MIN_PASSWORD_LENGTH
              + " characters" + policyHint());
    } else {
      List<String> broken = brokenPolicyRules(password, adminUser(environment));
      if (!broken.isEmpty()) {
        problems.add(
            "the admin password (CONTRACTFLOW_ADMIN_PASSWORD) does not pass Camunda's password"
                + " policy, which the prod profile switches on: " + String.join(", ", broken)
                + ". Set it to a password" + policyHint());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "contractflow refuses to start with the 'prod' profile: " + String.join(" Also, ", problems));
    }
  }

  private static String policyHint() {
    return " with upper- and lower-case letters, a digit and a special character, not containing"
        + " the admin user id (CONTRACTFLOW_ADMIN_USER, default 'admin') or name.";
  }

  /** The admin user as the starter will create it, for the policy's "no user data" rule. */
  private static User adminUser(ConfigurableEnvironment environment) {
    UserEntity user = new UserEntity(environment.getProperty("camunda.bpm.admin-user.id"));
    user.setFirstName(environment.getProperty("camunda.bpm.admin-user.first-name"));
    user.setLastName(environment.getProperty("camunda.bpm.admin-user.last-name"));
    user.setEmail(environment.getProperty("camunda.bpm.admin-user.email"));
    return user;
  }

  private static List<String> brokenPolicyRules(String password, User admin) {
    return new DefaultPasswordPolicyImpl()
        .getRules().stream()
            .filter(rule -> !rule.execute(password, admin))
            .map(ProductionGuard::describe)
            .toList();
  }

  private static String describe(PasswordPolicyRule rule) {
    return rule.getPlaceholder() + (rule.getParameters() == null ? "" : " " + rule.getParameters());
  }

  /** After the configuration files, so the profiles and their properties are known. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
