package be.contractflow.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Production is clean (issue 10, finding 5): when {@code contractflow.remove-demo-accounts=true}
 * (the {@code prod} profile), the engine, once built and before it serves anyone, deletes every demo
 * user of an earlier embedded or simulation run — {@code demo}, {@code sales}, {@code production},
 * {@code accounting}, {@code owner}, {@code auditor}, whose passwords are public — and the starter's
 * "All tasks" filter, and logs each removal at WARN. The configured admin
 * ({@code CONTRACTFLOW_ADMIN_USER}) is never removed, even if it is called {@code demo}.
 *
 * <p>Chosen over refusing to start: the accounts are unambiguous (fixed ids, public passwords), and
 * a refusal would leave the operator to delete them by hand in the engine's tables.
 */
@Component
@ConditionalOnProperty(name = "contractflow.remove-demo-accounts", havingValue = "true")
public class DemoAccountsRemoval extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(DemoAccountsRemoval.class);

  /** The name of the filter the Camunda starter creates with {@code camunda.bpm.filter.create}. */
  public static final String ALL_TASKS = "All tasks";

  /** The embedded default's admin. */
  public static final String DEMO_ADMIN = "demo";

  private final String adminId;

  public DemoAccountsRemoval(@Value("${camunda.bpm.admin-user.id:}") String adminId) {
    this.adminId = adminId;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    apply(engine);
  }

  /** Removes what is left of the demo accounts; returns what it removed. */
  public List<String> apply(ProcessEngine engine) {
    List<String> removed = new ArrayList<>();
    IdentityService identity = engine.getIdentityService();
    List<String> ids = new ArrayList<>(List.of(DEMO_ADMIN));
    DemoUser.ALL.forEach(user -> ids.add(user.id()));
    for (String id : ids) {
      if (!id.equals(adminId) && identity.createUserQuery().userId(id).count() > 0) {
        identity.deleteUser(id);
        removed.add("user " + id);
        LOG.warn("Removed the demo user '{}' (public password) from this production database", id);
      }
    }
    FilterService filters = engine.getFilterService();
    for (Filter filter : filters.createFilterQuery().filterName(ALL_TASKS).list()) {
      filters.deleteFilter(filter.getId());
      removed.add("filter " + ALL_TASKS);
      LOG.warn("Removed the '{}' Tasklist filter (every task for everyone) from this production database", ALL_TASKS);
    }
    return removed;
  }
}
