package be.contractflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 2, "Build and run" and "Security": the demo users, the groups' Tasklist filters (once, even
 * after a restart), the start banner, and engine calls made as the user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "contractflow.test.context=access-setup")
@ActiveProfiles("test")
class AccessSetupTest {

  @Autowired ProcessEngine engine;
  @Autowired AccessSetup accessSetup;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired EngineAuthentication engineAuthentication;
  @Autowired StartBanner startBanner;

  @Test
  void demo_users_log_in_with_their_id_and_belong_to_their_group() {
    for (DemoUser demo : DemoUser.ALL) {
      assertThat(identityService.checkPassword(demo.id(), demo.id())).as(demo.id()).isTrue();
      assertThat(identityService.createGroupQuery().groupMember(demo.id()).list())
          .extracting(Group::getId)
          .as(demo.id())
          .containsExactly(demo.groupId());
    }
    assertThat(identityService.checkPassword("demo", "demo")).isTrue();
    assertThat(identityService.createUserQuery().memberOfGroup(ContractflowGroups.ADMINS).list())
        .extracting(user -> user.getId())
        .containsExactly("demo");
  }

  @Test
  void each_group_filter_exists_once_after_a_second_start() {
    accessSetup.apply(engine); // what a restart on the same database runs again

    for (String group : ContractflowGroups.STAFF) {
      String name = AccessSetup.FILTER_NAMES.get(group);
      List<Filter> filters = filterService.createFilterQuery().filterName(name).list();
      assertThat(filters).as(name).hasSize(1);
      assertThat(
              authorizationService
                  .createAuthorizationQuery()
                  .resourceType(Resources.FILTER)
                  .resourceId(filters.get(0).getId())
                  .list())
          .as(name)
          .singleElement()
          .satisfies(authorization -> assertThat(authorization.getGroupId()).isEqualTo(group));
    }
    assertThat(filterService.createFilterQuery().filterName("All tasks").count()).isOne();
    assertThat(identityService.createGroupQuery().groupIdIn("sales", "production", "accounting",
            "process-owners", "auditors").count())
        .isEqualTo(5);
    assertThat(
            authorizationService
                .createAuthorizationQuery()
                .groupIdIn(ContractflowGroups.AUDITORS)
                .resourceType(Resources.PROCESS_DEFINITION)
                .count())
        .isOne();
    assertThat(identityService.createUserQuery().userId("sales").count()).isOne();
  }

  @Test
  void the_accounting_filter_lists_the_accounting_task_by_due_date() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("security-test");
    Filter accounting =
        filterService.createFilterQuery().filterName("Accounting tasks").singleResult();
    Filter sales = filterService.createFilterQuery().filterName("Sales tasks").singleResult();

    List<Task> accountingTasks = filterService.list(accounting.getId());
    List<Task> salesTasks = filterService.list(sales.getId());

    assertThat(accountingTasks)
        .extracting(Task::getProcessInstanceId)
        .contains(instance.getId());
    assertThat(salesTasks).extracting(Task::getProcessInstanceId).doesNotContain(instance.getId());
  }

  @Test
  void engine_calls_run_as_the_user_and_are_recorded_under_their_name() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("security-test");
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    CurrentUser sales = new CurrentUser("sales", List.of(ContractflowGroups.SALES));
    CurrentUser accounting = new CurrentUser("accounting", List.of(ContractflowGroups.ACCOUNTING));

    assertThat(
            engineAuthentication.callAs(
                sales, () -> taskService.createTaskQuery().processInstanceId(instance.getId()).count()))
        .isZero();
    assertThatThrownBy(() -> engineAuthentication.runAs(sales, () -> taskService.complete(task.getId())))
        .isInstanceOf(AuthorizationException.class);
    assertThat(identityService.getCurrentAuthentication()).isNull();

    engineAuthentication.runAs(accounting, () -> taskService.complete(task.getId()));

    assertThat(identityService.getCurrentAuthentication()).isNull();
    assertThat(
            historyService.createUserOperationLogQuery().taskId(task.getId()).list())
        .extracting(entry -> entry.getUserId())
        .containsOnly("accounting");
    assertThat(
            historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getEndActivityId())
        .isEqualTo("EndEvent_PaymentChecked");
  }

  @Test
  void the_start_banner_shows_where_to_go_and_who_can_log_in() {
    String banner = String.join("\n", startBanner.lines());

    assertThat(banner)
        .containsPattern("http://localhost:\\d+/camunda/")
        .containsPattern("http://localhost:\\d+/api/docs")
        .contains("Active profiles           test")
        .containsPattern("demo\\s+/ demo\\s+: camunda-admin")
        .containsPattern("sales\\s+/ sales\\s+: sales")
        .containsPattern("owner\\s+/ owner\\s+: process-owners")
        .containsPattern("auditor\\s+/ auditor\\s+: auditors");
  }
}
