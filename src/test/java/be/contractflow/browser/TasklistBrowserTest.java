package be.contractflow.browser;

import static be.contractflow.support.LedgerFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientType;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractKind;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.Language;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.payment.PaymentVariables;
import be.contractflow.support.LedgerFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What an accounting clerk sees in Camunda Tasklist, in a real (headless) Chromium: the WJA-11
 * suspension task of an overdue invoice, its Camunda Form showing the invoice, the client and the
 * clause, completed with a click; and a sales user who does not see it. Needs Debian's
 * {@code chromium} and {@code chromedriver} ({@code CHROME_BIN}, {@code CHROMEDRIVER} override the
 * paths); runs with {@code ./mvnw verify -Pbrowser}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistBrowserTest {

  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final Path SCREENSHOTS = Path.of("target", "browser");
  private static final String NO_TASK = "No task matching filters found.";

  @LocalServerPort int port;
  @Autowired LedgerFixtures ledger;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ContractRepository contracts;
  @Autowired NoticeService notices;

  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    ChromeOptions options = new ChromeOptions()
        .setBinary(env("CHROME_BIN", "/usr/bin/chromium"))
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
            "--window-size=1400,1000", "--lang=en");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
        .usingAnyFreePort()
        .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve("last-page.png"),
          ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
      browser.quit();
    }
    ClockUtil.reset();
  }

  @Test
  void WJA_11_accounting_suspends_an_overdue_client_from_the_task_form_in_Tasklist() throws Exception {
    today(LocalDate.of(2026, 3, 2)); // WJA: due on the invoice date ("au grand comptant")
    Client client = ledger.client(ClientType.PROFESSIONAL, Language.fr);
    Contract contract = ledger.contract("wja", ContractKind.PROJECT, client);
    Invoice invoice = ledger.invoice(contract, InvoiceKind.BALANCE, "TEST", "1000.00");
    runJobsOn(LocalDate.of(2026, 3, 3)); // the first day late: WJA-11 suspension task

    logIn("sales");
    assertThat(taskListText()).as("the suspension is not a sales task")
        .doesNotContain("Suspend services for non-payment");
    assertThat(pageText()).as("sales sees its own filter only")
        .contains("Sales tasks").doesNotContain("Accounting tasks");
    logOut();

    logIn("accounting");
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'tasks-list')]//a[contains(., 'Suspend services for non-payment')]")))
        .click();
    wait.until(driver -> fieldValue("Field_InvoiceNumber") != null);
    screenshot("wja-11-suspension-form");

    assertThat(fieldValue("Field_InvoiceNumber")).isEqualTo(invoice.number());
    assertThat(fieldValue("Field_ClientLabel")).contains(client.name());
    assertThat(fieldValue("Field_ContractNumber")).isEqualTo(contract.number());
    assertThat(fieldValue("Field_SuspensionClause")).contains("WJA-11");
    assertThat(fieldValue("Field_DueDate")).isEqualTo("2026-03-02");

    claim(wait);
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space()='Complete']")));
    // the form is taller than the window and Tasklist's fixed footer covers the bottom of the
    // task pane: bring the button to the middle, as the clerk scrolls before clicking
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].scrollIntoView({block: 'center'});", complete);
    complete.click();
    wait.until(driver -> !taskListText().contains("Suspend services for non-payment"));
    assertThat(openSuspensionTasks(invoice)).isEmpty();
    assertThat(history.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(invoice.number())
        .taskDefinitionKey(PaymentVariables.TASK_DECIDE_SUSPENSION).singleResult().getAssignee())
        .as("claimed and completed by the clerk").isEqualTo("accounting");

    runJobsOn(LocalDate.of(2026, 3, 3));
    assertThat(contracts.require(contract.number()).suspended()).isTrue();
    assertThat(notices.forInvoice(invoice.number()))
        .anyMatch(notice -> notice.type() == NoticeType.SUSPENSION_NOTICE);
  }

  // --- Tasklist ------------------------------------------------------------------------------

  private void logIn(String user) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/login");
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("input[ng-model='username']"))).sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    // the account menu appears once logged in
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".account .dropdown-toggle")));
  }

  private void logOut() {
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    browser.findElement(By.cssSelector(".account .dropdown-toggle")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".account .logout a"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model='username']")));
  }

  /** The task list of the selected filter, once loaded: its tasks or Tasklist's "no task" line. */
  private String taskListText() {
    new WebDriverWait(browser, PATIENCE).until(driver ->
        !driver.findElements(By.cssSelector("[cam-tasks] .tasks-list .task")).isEmpty()
            || driver.findElement(By.cssSelector("[cam-tasks]")).getText().contains(NO_TASK));
    return browser.findElement(By.cssSelector("[cam-tasks]")).getText();
  }

  private String pageText() {
    return browser.findElement(By.tagName("body")).getText();
  }

  private void claim(WebDriverWait wait) {
    By claim = By.xpath("//*[contains(@class,'task-details')]//button[normalize-space()='Claim']"
        + " | //*[contains(@class,'task-details')]//a[normalize-space()='Claim']");
    wait.until(ExpectedConditions.elementToBeClickable(claim)).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
  }

  /** The value shown by a Camunda Form field, found by its id in the form definition. */
  private String fieldValue(String fieldId) {
    List<WebElement> inputs = browser.findElements(By.cssSelector("[id$='" + fieldId + "']"));
    return inputs.isEmpty() ? null : inputs.get(0).getDomProperty("value");
  }

  private void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  // --- engine --------------------------------------------------------------------------------

  private List<Task> openSuspensionTasks(Invoice invoice) {
    return tasks.createTaskQuery().processInstanceBusinessKey(invoice.number())
        .taskDefinitionKey(PaymentVariables.TASK_DECIDE_SUSPENSION).list();
  }

  private void runJobsOn(LocalDate date) {
    today(date);
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("jobs keep coming");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
