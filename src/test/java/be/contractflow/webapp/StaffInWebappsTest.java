package be.contractflow.webapp;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Language;
import be.contractflow.process.payment.PaymentVariables;
import be.contractflow.security.AccessSetup;
import be.contractflow.support.Api;
import be.contractflow.support.DueJobs;
import be.contractflow.support.LedgerFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 14: staff and process owners do their whole job in Camunda's web apps — through the same
 * REST calls Tasklist and Modeler make, as the demo users. Its own Spring context (the property):
 * {@code /engine-rest} looks the engine up by name, so it must be the engine started last.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "contractflow.test.context=staff-in-webapps")
@ActiveProfiles("test")
class StaffInWebappsTest {

  @Autowired TestRestTemplate http;
  @Autowired LedgerFixtures ledger;
  @Autowired InvoiceRepository invoices;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired RepositoryService repository;
  @Autowired org.camunda.bpm.engine.FormService forms;
  @Autowired org.camunda.bpm.engine.IdentityService identity;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void accounting_may_start_exactly_the_payment_and_waiver_forms_and_sales_none() {
    assertThat(startable("accounting")).containsExactlyInAnyOrder("payment-recording", "payment-waiver");
    assertThat(startable("sales")).isEmpty();
    assertThat(startable("production")).isEmpty();

    Invoice invoice = anInvoice();
    assertThat(submitPayment("sales", invoice.number(), "100.00", null))
        .contains("'sales' does not have 'CREATE' permission");
    assertThat(invoices.require(invoice.number()).paid()).isEqualByComparingTo("0");
  }

  @Test
  void a_payment_on_an_unknown_invoice_a_negative_or_three_decimal_amount_or_a_future_date_is_refused_readably_and_records_nothing() {
    Invoice invoice = anInvoice();
    LocalDate today = LocalDate.of(2026, 3, 2);

    assertRefused(submitPayment("accounting", "I-2026-99999", "100.00", null), "No invoice numbered 'I-2026-99999'");
    assertRefused(submitPayment("accounting", invoice.number(), "-5.00", null), "more than 0.00 EUR");
    assertRefused(submitPayment("accounting", invoice.number(), "12.345", null), "at most two decimals");
    assertRefused(submitPayment("accounting", invoice.number(), "100.00", today.plusDays(1).toString()),
        "after today");
    assertThat(invoices.require(invoice.number()).paid()).as("nothing recorded").isEqualByComparingTo("0");

    assertThat(submitPayment("accounting", invoice.number(), "100.00", today.toString())).isNull();
    assertThat(invoices.require(invoice.number()).paid()).isEqualByComparingTo("100.00");
  }

  @Test
  void the_accounting_card_names_the_client_the_invoice_and_the_amount_in_belgian_format() {
    today(LocalDate.of(2026, 3, 2));
    Client client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    Contract contract = ledger.contract("wja", ContractKind.PROJECT, client);
    Invoice invoice = ledger.invoice(contract, InvoiceKind.BALANCE, "TEST", "2700.00");
    runJobsOn(LocalDate.of(2026, 3, 3)); // WJA-11: the suspension task the first day late

    JsonNode card = card("accounting", invoice.number());
    assertThat(variable(card, TaskCards.CLIENT)).isEqualTo(client.name());
    assertThat(variable(card, TaskCards.REFERENCE)).startsWith(invoice.number());
    assertThat(variable(card, TaskCards.AMOUNT)).isEqualTo("€ 3.267,00 incl. VAT");
    assertThat(card.path("due").asText()).as("sorted by and showing the due date").isNotEmpty();
    assertThat(filters.createFilterQuery().filterName(AccessSetup.FILTER_NAMES.get("accounting"))
        .singleResult().getProperties()).containsKey("variables");

    Task task = tasks.createTaskQuery().processInstanceBusinessKey(invoice.number())
        .taskDefinitionKey(PaymentVariables.TASK_DECIDE_SUSPENSION).singleResult();
    assertThat(task.getName()).isEqualTo("Suspend services for non-payment — " + client.name() + ", "
        + invoice.number() + ", € 3.267,00");
    var form = tasks.getVariables(task.getId());
    assertThat(form).containsEntry("dueDateShown", "02/03/2026")
        .containsEntry("invoiceTotalShown", "€ 3.267,00")
        .containsEntry(TaskCards.CLIENT_EMAIL, client.email());
    assertThat(form.get(TaskCards.DOCUMENTS).toString())
        .matches("(?s).*\\[Invoice [^\\]]+ \\(PDF\\)\\]\\(/documents/notices/\\d+\\).*");
  }

  @Test
  void a_document_is_served_only_to_a_signed_in_webapp_user() {
    var anonymous = http.getForEntity("/documents/notices/1", JsonNode.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getBody().path("detail").asText()).contains("Sign in to Tasklist");
  }

  @Test
  void an_order_bpmn_deployed_alone_from_modeler_keeps_the_signature_form() throws Exception {
    today(LocalDate.of(2026, 3, 2));
    String changed = Files.readString(Path.of("bpmn", "order.bpmn"))
        .replaceFirst("camunda:versionTag=\"[^\"]*\"", "camunda:versionTag=\"modeler-change\"");
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", "order changed in Modeler");
    body.add("deployment-source", "Camunda Modeler");
    body.add("order.bpmn", new ByteArrayResource(changed.getBytes()) {
      @Override
      public String getFilename() {
        return "order.bpmn";
      }
    });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    var deployed = http.withBasicAuth("owner", "owner").exchange("/engine-rest/deployment/create",
        HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(deployed.getBody().path("deployedProcessDefinitions").size()).isOne();

    String quote = aQuote();
    Task signature = tasks.createTaskQuery().processInstanceBusinessKey(quote).singleResult();
    assertThat(repository.getProcessDefinition(signature.getProcessDefinitionId()).getVersionTag())
        .as("the task runs the model deployed from Modeler").isEqualTo("modeler-change");
    var form = Api.get(http, "sales", "/engine-rest/task/" + signature.getId() + "/deployed-form");
    assertThat(form.getStatusCode()).as("%s", form.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody().path("id").asText()).isEqualTo("order-record-signature");
  }

  // --- helpers -------------------------------------------------------------------------------

  private Invoice anInvoice() {
    today(LocalDate.of(2026, 3, 2));
    Client client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    Contract contract = ledger.contract("virtura", ContractKind.PROJECT, client);
    return ledger.invoice(contract, InvoiceKind.BALANCE, "TEST", "1000.00");
  }

  private String aQuote() {
    var client = Api.post(http, "sales", "/api/clients", """
        {"name": "Atelier Lambert", "email": "contact-%d@lambert.example", "language": "fr",
         "type": "PROFESSIONAL", "address": "Rue Haute 12, 1000 Bruxelles"}""".formatted(System.nanoTime()));
    var quote = Api.post(http, "sales", "/api/quotes", """
        {"clientId": "%s", "termsProfile": "wja", "kind": "PROJECT", "issueDate": "2026-03-02",
         "lines": [{"description": "Website", "quantity": "1", "unitPrice": "2700.00"}]}"""
        .formatted(client.getBody().get("id").asText()));
    assertThat(quote.getStatusCode()).as("%s", quote.getBody()).isEqualTo(HttpStatus.CREATED);
    runJobsOn(LocalDate.of(2026, 3, 2));
    return quote.getBody().get("quoteNumber").asText();
  }

  private List<String> startable(String user) {
    var definitions = Api.get(http, user, "/engine-rest/process-definition?latestVersion=true"
        + "&active=true&startableInTasklist=true&startablePermissionCheck=true");
    assertThat(definitions.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> keys = new ArrayList<>();
    definitions.getBody().forEach(definition -> keys.add(definition.path("key").asText()));
    return keys;
  }

  /**
   * Submits the "Record payment" start form as Tasklist does (its own webapp API calls the engine
   * as the signed-in user; {@code /engine-rest} keeps state changes for owners): the refusal's
   * message, or {@code null} once recorded.
   */
  private String submitPayment(String user, String invoice, String amount, String date) {
    var variables = new java.util.HashMap<String, Object>();
    // what the form submits: texts, as typed in
    variables.put(PaymentVariables.INVOICE_NUMBER.name(), invoice);
    variables.put(PaymentVariables.PAYMENT_AMOUNT.name(), amount);
    if (date != null) {
      variables.put(PaymentVariables.PAYMENT_DATE.name(), date);
    }
    String definition = repository.createProcessDefinitionQuery()
        .processDefinitionKey(PaymentVariables.RECORDING_PROCESS_KEY)
        .latestVersion().singleResult().getId();
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    try {
      forms.submitStartForm(definition, variables);
      return null;
    } catch (RuntimeException refused) {
      return refused.getMessage();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static void assertRefused(String refusal, String message) {
    assertThat(refusal).as("refused, with the sentence Tasklist shows").isNotNull().contains(message);
  }

  /** The card of the user's group filter for a business key, as Tasklist fetches it (HAL). */
  private JsonNode card(String user, String businessKey) {
    String filterId = filters.createFilterQuery().filterName(AccessSetup.FILTER_NAMES.get(user))
        .singleResult().getId();
    var headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    headers.setContentType(MediaType.APPLICATION_JSON);
    var list = http.withBasicAuth(user, user).exchange("/engine-rest/filter/" + filterId + "/list",
        HttpMethod.POST, new HttpEntity<>("{\"processInstanceBusinessKey\": \"" + businessKey + "\"}",
            headers), JsonNode.class);
    assertThat(list.getStatusCode()).as("%s", list.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode task = list.getBody().path("_embedded").path("task").path(0);
    assertThat(task.isMissingNode()).as("%s", list.getBody()).isFalse();
    return task;
  }

  private static String variable(JsonNode task, String name) {
    for (JsonNode variable : task.path("_embedded").path("variable")) {
      if (variable.path("name").asText().equals(name)) {
        return variable.path("value").asText();
      }
    }
    return null;
  }

  private void runJobsOn(LocalDate date) {
    today(date);
    DueJobs.run(management, DueJobs.all());
  }

}
