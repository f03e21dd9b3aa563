package be.contractflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #3, "every user task has its Camunda Form, candidate group and due date": each user task
 * of order, delivery and change-request references a form of {@code forms/} by id (binding
 * deployment), names a staff group, and takes its due date from the business calendar.
 */
class UserTaskConventionsTest {

  private static final Set<String> STAFF = Set.of("sales", "production", "accounting");

  private static Set<String> formIds() throws IOException {
    Set<String> ids = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        ids.add(json.readTree(form.toFile()).get("id").asText());
      }
    }
    return ids;
  }

  @ParameterizedTest
  @ValueSource(strings = {"order", "delivery", "change-request"})
  void every_user_task_has_a_form_a_staff_group_and_a_business_calendar_due_date(String process)
      throws IOException {
    var model = Bpmn.readModelFromFile(Path.of("bpmn", process + ".bpmn").toFile());
    var userTasks = model.getModelElementsByType(UserTask.class);
    Set<String> forms = formIds();

    assertThat(userTasks).isNotEmpty().allSatisfy(task -> {
      assertThat(task.getCamundaFormRef()).as("%s formRef", task.getId()).isIn(forms);
      assertThat(task.getCamundaFormRefBinding()).as("%s binding", task.getId())
          .isEqualTo("deployment");
      assertThat(task.getCamundaCandidateGroupsList()).as("%s group", task.getId())
          .isNotEmpty().allMatch(STAFF::contains);
      assertThat(task.getCamundaDueDate()).as("%s due date", task.getId())
          .startsWith("${businessCalendar.taskDue(");
    });
  }

  /** Issue 5: "Set renewal price", "Prepare buy-out quote", "Make preventive visit". */
  @org.junit.jupiter.api.Test
  void the_subscription_user_tasks_follow_the_same_conventions() throws IOException {
    every_user_task_has_a_form_a_staff_group_and_a_business_calendar_due_date("subscription");
  }
}
