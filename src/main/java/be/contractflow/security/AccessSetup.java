package be.contractflow.security;

import be.contractflow.webapp.TaskCards;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.SystemPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates, when the engine starts, the contractflow groups, their Camunda authorizations, one
 * saved Tasklist filter per staff group and, if {@code contractflow.demo-users=true}, the demo
 * users. Idempotent: groups, users and filters are looked up first (filters by name), and an
 * existing authorization only gains the permissions it lacks, so a restart adds nothing twice.
 *
 * <p>What each group may do (issue 2, "Security"):
 *
 * <ul>
 *   <li>staff ({@code sales}, {@code production}, {@code accounting}): Tasklist, read process
 *       definitions and deployments (the deployed Camunda Forms). Tasks come from the engine's
 *       defaults: a task's candidate group may READ and UPDATE (claim, complete) it, nobody else.
 *   <li>{@code process-owners}: Cockpit and Tasklist; deploy, and operate every definition,
 *       instance, task, job definition and batch.
 *   <li>{@code auditors}: Cockpit; read everything including history, change nothing.
 * </ul>
 */
@Component
public class AccessSetup extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);
  private static final String ANY = Authorization.ANY;
  private static final String TASKLIST = "tasklist";
  private static final String COCKPIT = "cockpit";

  private static final Map<String, String> GROUP_NAMES =
      Map.of(
          ContractflowGroups.SALES, "Sales",
          ContractflowGroups.PRODUCTION, "Production",
          ContractflowGroups.ACCOUNTING, "Accounting",
          ContractflowGroups.PROCESS_OWNERS, "Process owners",
          ContractflowGroups.AUDITORS, "Auditors");

  /** The saved Tasklist filter of each staff group. */
  public static final Map<String, String> FILTER_NAMES =
      Map.of(
          ContractflowGroups.SALES, "Sales tasks",
          ContractflowGroups.PRODUCTION, "Production tasks",
          ContractflowGroups.ACCOUNTING, "Accounting tasks");

  /** The processes accounting starts from Tasklist ("Record payment", "Waive late-payment charges"). */
  public static final List<String> ACCOUNTING_START_FORMS = List.of("payment-recording", "payment-waiver");

  private record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {}

  private final boolean demoUsers;

  public AccessSetup(@Value("${contractflow.demo-users:false}") boolean demoUsers) {
    this.demoUsers = demoUsers;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    apply(engine);
  }

  /** Brings groups, authorizations, filters and (if enabled) demo users up to date. */
  public void apply(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    GROUP_NAMES.forEach((id, name) -> ensureGroup(identity, id, name));
    grants().forEach(grant -> ensureGrant(engine.getAuthorizationService(), grant));
    FILTER_NAMES.forEach((groupId, name) -> ensureFilter(engine, groupId, name));
    if (demoUsers) {
      DemoUser.ALL.forEach(user -> ensureDemoUser(identity, user));
    }
  }

  private static List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    for (String staff : ContractflowGroups.STAFF) {
      grants.add(new Grant(staff, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
      grants.add(new Grant(staff, Resources.PROCESS_DEFINITION, ANY, Permissions.READ));
      grants.add(new Grant(staff, Resources.DEPLOYMENT, ANY, Permissions.READ));
    }
    // Tasklist's "Start process": accounting records a payment and waives charges from their start
    // forms (README "Who does what"); CREATE on process instances is useless without
    // CREATE_INSTANCE on a definition, granted for exactly these two
    grants.add(new Grant(ContractflowGroups.ACCOUNTING, Resources.PROCESS_INSTANCE, ANY,
        Permissions.CREATE));
    for (String processKey : ACCOUNTING_START_FORMS) {
      grants.add(new Grant(ContractflowGroups.ACCOUNTING, Resources.PROCESS_DEFINITION, processKey,
          ProcessDefinitionPermissions.CREATE_INSTANCE));
    }
    // job retries and suspension are PROCESS_DEFINITION/PROCESS_INSTANCE permissions
    String owners = ContractflowGroups.PROCESS_OWNERS;
    grants.addAll(
        List.of(
            new Grant(owners, Resources.APPLICATION, COCKPIT, Permissions.ACCESS),
            new Grant(owners, Resources.APPLICATION, TASKLIST, Permissions.ACCESS),
            new Grant(owners, Resources.DEPLOYMENT, ANY, Permissions.ALL),
            new Grant(owners, Resources.PROCESS_DEFINITION, ANY, Permissions.ALL),
            new Grant(owners, Resources.PROCESS_INSTANCE, ANY, Permissions.ALL),
            new Grant(owners, Resources.DECISION_DEFINITION, ANY, Permissions.ALL),
            new Grant(owners, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.ALL),
            new Grant(owners, Resources.TASK, ANY, Permissions.ALL),
            new Grant(owners, Resources.BATCH, ANY, BatchPermissions.ALL),
            new Grant(owners, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.ALL),
            new Grant(owners, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.ALL),
            new Grant(owners, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.ALL),
            new Grant(owners, Resources.FILTER, ANY, Permissions.READ),
            new Grant(owners, Resources.SYSTEM, ANY, SystemPermissions.READ)));
    String auditors = ContractflowGroups.AUDITORS;
    grants.addAll(
        List.of(
            new Grant(auditors, Resources.APPLICATION, COCKPIT, Permissions.ACCESS),
            new Grant(
                auditors,
                Resources.PROCESS_DEFINITION,
                ANY,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_TASK_VARIABLE,
                ProcessDefinitionPermissions.READ_HISTORY_VARIABLE),
            new Grant(auditors, Resources.PROCESS_INSTANCE, ANY, Permissions.READ),
            new Grant(auditors, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.READ_VARIABLE),
            new Grant(auditors, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY),
            new Grant(auditors, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ),
            new Grant(auditors, Resources.DEPLOYMENT, ANY, Permissions.READ),
            new Grant(auditors, Resources.BATCH, ANY, BatchPermissions.READ, BatchPermissions.READ_HISTORY),
            new Grant(
                auditors,
                Resources.HISTORIC_TASK,
                ANY,
                HistoricTaskPermissions.READ,
                HistoricTaskPermissions.READ_VARIABLE),
            new Grant(auditors, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ),
            new Grant(auditors, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ),
            new Grant(auditors, Resources.SYSTEM, ANY, SystemPermissions.READ)));
    return grants;
  }

  private static void ensureGroup(IdentityService identity, String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
      LOG.info("Created group {}", id);
    }
  }

  private static void ensureGrant(AuthorizationService authorizations, Grant grant) {
    Authorization authorization =
        authorizations
            .createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GRANT)
            .groupIdIn(grant.groupId())
            .resourceType(grant.resource())
            .resourceId(grant.resourceId())
            .singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(grant.groupId());
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
    }
    boolean changed = authorization.getId() == null;
    for (Permission permission : grant.permissions()) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }

  private static void ensureFilter(ProcessEngine engine, String groupId, String name) {
    FilterService filters = engine.getFilterService();
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter != null && !filter.getProperties().containsKey("variables")) {
      // a filter saved before the cards named their client, number and amount
      Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
      properties.put("variables", cardColumns());
      filter.setProperties(properties);
      filter = filters.saveFilter(filter);
    }
    if (filter == null) {
      TaskQuery query =
          engine
              .getTaskService()
              .createTaskQuery()
              .taskCandidateGroup(groupId)
              .includeAssignedTasks()
              .orderByDueDate()
              .asc();
      filter =
          filters
              .newTaskFilter(name)
              .setQuery(query)
              .setProperties(
                  Map.of(
                      "description", "Tasks of the " + groupId + " group, assigned or not, by due date",
                      "priority", 10,
                      "refresh", true,
                      "variables", cardColumns()));
      filter = filters.saveFilter(filter);
      LOG.info("Created Tasklist filter '{}'", name);
    }
    ensureGrant(
        engine.getAuthorizationService(),
        new Grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ));
  }

  /**
   * The columns of every task card: client, quote/contract/invoice number and amount, set on each
   * task by {@link TaskCards} (the due date is on every card already).
   */
  static List<Map<String, String>> cardColumns() {
    List<Map<String, String>> columns = new ArrayList<>();
    TaskCards.COLUMNS.forEach((variable, label) -> columns.add(Map.of("name", variable, "label", label)));
    return columns;
  }

  private static void ensureDemoUser(IdentityService identity, DemoUser demo) {
    if (identity.createUserQuery().userId(demo.id()).count() == 0) {
      User user = identity.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(GROUP_NAMES.get(demo.groupId()));
      user.setEmail(demo.id() + "@contractflow.local");
      user.setPassword(demo.password());
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(demo.id()).memberOfGroup(demo.groupId()).count() == 0) {
      identity.createMembership(demo.id(), demo.groupId());
    }
  }
}
