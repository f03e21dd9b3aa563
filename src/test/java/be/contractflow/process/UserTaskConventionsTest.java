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
 * of order, delivery (and the go-live windows it calls) and change-request references a form of {@code forms/} by id, names a staff
 * group, and takes its due date from the business calendar. Issue 14: the binding is
 * {@code latest}, so a model deployed alone from Modeler still finds its form (forms are
 * deployed at every start, see {@code ModelerDeploymentTest}).
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
  @ValueSource(strings = {"order", "delivery", "go-live-windows", "change-request", "payment", "subscription",
      "termination", "e-invoice"})
  void every_user_task_has_a_form_a_staff_group_and_a_business_calendar_due_date(String process)
      throws IOException {
    var model = Bpmn.readModelFromFile(Path.of("bpmn", process + ".bpmn").toFile());
    var userTasks = model.getModelElementsByType(UserTask.class);
    Set<String> forms = formIds();

    assertThat(userTasks).isNotEmpty().allSatisfy(task -> {
      assertThat(task.getCamundaFormRef()).as("%s formRef", task.getId()).isIn(forms);
      assertThat(task.getCamundaFormRefBinding()).as("%s binding", task.getId())
          .isEqualTo("latest");
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
    // 7 with "Handle undelivered e-invoice" (issue 13)
    assertThat(model.getModelElementsByType(UserTask.class)).hasSize(7).allSatisfy(task -> {
      assertThat(task.getCamundaCandidateGroupsList()).as(task.getId()).containsExactly("accounting");
      var keys = new HashSet<String>();
      var texts = new StringBuilder();
      byId.get(task.getCamundaFormRef()).get("components").forEach(c -> {
        keys.add(c.path("key").asText());
        texts.append(c.path("text").asText()).append('\n');
      });
      assertThat(keys).as("%s form fields", task.getId()).contains("invoiceNumber");
      assertThat(texts.toString()).as("%s shows the client", task.getId())
          .contains("{{cardClient}}", "{{clientEmail}}", "{{clientPhone}}", "{{cardAmount}}", "{{documents}}");
    });
  }

  /**
   * Issue 14: what staff read in a form is business language. No API path, no enum name
   * (SUSPENSION_NOTICE), no internal key, and no ISO date or bare amount in a read-only field:
   * dates and amounts are shown through their {@code ...Shown} form (02/03/2026, € 1.210,00).
   */
  @org.junit.jupiter.api.Test
  void no_form_shows_an_api_path_an_enum_name_or_an_iso_date_to_staff() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        json.readTree(form.toFile()).get("components").forEach(component -> {
          String text = component.path("text").asText("") + " " + component.path("label").asText("")
              + " " + component.path("description").asText("");
          assertThat(text).as("%s %s", form, component.path("id").asText())
              .doesNotContain("/api/", "/engine-rest")
              .doesNotContainPattern("\\b[A-Z]{3,}_[A-Z_]{3,}\\b");
          String key = component.path("key").asText("");
          if (component.path("readonly").asBoolean(false)) {
            assertThat(key).as("%s: a read-only date or amount shows the raw value", form)
                .doesNotContainPattern("(Date|Total|ExclVat|InclVat|Until|NoticeKey)$");
          }
        });
      }
    }
  }
}
