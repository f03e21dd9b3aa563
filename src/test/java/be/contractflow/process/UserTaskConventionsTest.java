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
  @ValueSource(strings = {"order", "delivery", "change-request", "payment", "subscription",
      "termination"})
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

  /** Issue 4: every payment task is accounting's and its form shows the invoice and the client. */
  @org.junit.jupiter.api.Test
  void payment_tasks_are_for_accounting_and_show_the_invoice_and_the_client() throws IOException {
    var model = Bpmn.readModelFromFile(Path.of("bpmn", "payment.bpmn").toFile());
    ObjectMapper json = new ObjectMapper();
    var byId = new java.util.HashMap<String, com.fasterxml.jackson.databind.JsonNode>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        var tree = json.readTree(form.toFile());
        byId.put(tree.get("id").asText(), tree);
      }
    }
    assertThat(model.getModelElementsByType(UserTask.class)).hasSize(6).allSatisfy(task -> {
      assertThat(task.getCamundaCandidateGroupsList()).as(task.getId()).containsExactly("accounting");
      var keys = new HashSet<String>();
      byId.get(task.getCamundaFormRef()).get("components")
          .forEach(c -> keys.add(c.path("key").asText()));
      assertThat(keys).as("%s form fields", task.getId())
          .contains("invoiceNumber", "clientLabel");
    });
  }
}
