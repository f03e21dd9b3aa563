package be.contractflow.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Logs, once the application is ready, where to find it (Tasklist/Cockpit/Admin and the API
 * documentation), the active profiles, and who can log in: the demo users with their passwords
 * and groups when {@code contractflow.demo-users=true}, otherwise only the admin user id.
 */
@Component
public class StartBanner {

  private static final Logger LOG = LoggerFactory.getLogger(StartBanner.class);
  private static final String RULE = "=".repeat(72);

  private final Environment environment;
  private final boolean demoUsers;
  private final String adminId;
  private final String adminPassword;

  public StartBanner(
      Environment environment,
      @Value("${contractflow.demo-users:false}") boolean demoUsers,
      @Value("${camunda.bpm.admin-user.id:}") String adminId,
      @Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
    this.environment = environment;
    this.demoUsers = demoUsers;
    this.adminId = adminId;
    this.adminPassword = adminPassword;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void print() {
    LOG.info("\n{}", String.join("\n", lines()));
  }

  /** The banner, line by line. */
  List<String> lines() {
    String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
    String[] profiles = environment.getActiveProfiles();
    List<String> lines = new ArrayList<>();
    lines.add(RULE);
    lines.add("  contractflow is ready");
    lines.add("  Tasklist, Cockpit, Admin  " + base + "/camunda/");
    lines.add("  API documentation         " + base + "/api/docs");
    lines.add(
        "  Active profiles           "
            + (profiles.length == 0 ? "(default)" : String.join(", ", Arrays.asList(profiles))));
    if (demoUsers) {
      lines.add("  Demo users (user / password : group)");
      if (!adminId.isBlank()) {
        lines.add(row(adminId, adminPassword, ContractflowGroups.ADMINS));
      }
      DemoUser.ALL.forEach(user -> lines.add(row(user.id(), user.password(), user.groupId())));
      lines.add("  Demo users are for trying contractflow out: never use them in production.");
    } else if (!adminId.isBlank()) {
      lines.add("  Admin user                " + adminId + " (" + ContractflowGroups.ADMINS + ")");
    }
    lines.add(RULE);
    return lines;
  }

  private static String row(String user, String password, String group) {
    return String.format("    %-12s / %-12s : %s", user, password, group);
  }
}
