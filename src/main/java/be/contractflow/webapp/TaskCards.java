package be.contractflow.webapp;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.ClientRepository;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.ContractRepository;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.ledger.Quote;
import be.contractflow.ledger.QuoteRepository;
import be.contractflow.notice.Notice;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.ProcessVariable;
import be.contractflow.process.ProcessVariables;
import be.contractflow.process.order.OrderAmounts;
import be.contractflow.process.order.OrderVariables;
import be.contractflow.process.payment.PaymentVariables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a Tasklist card and a task's Camunda Form show about the task's business object, set as
 * task-local variables when any user task is created ({@link TaskCardPlugin} adds this listener
 * to every user task of every model, so a task added in Modeler gets it too):
 *
 * <ul>
 *   <li>{@value #CLIENT}, {@value #REFERENCE}, {@value #AMOUNT}: the three columns of every group
 *       filter's card (with the task's due date): who, which quote / contract / invoice, what is at
 *       stake in {@code € 1.234,56};
 *   <li>{@value #CLIENT_EMAIL}, {@value #CLIENT_PHONE}, {@value #CLIENT_ADDRESS}: how to reach the
 *       client;
 *   <li>{@value #DOCUMENTS}: a Markdown list of the object's PDFs (quote, invoices, credit notes,
 *       registered letters), each one click away ({@link DocumentController});
 *   <li>{@value #LETTER_URL}: the registered letter the task is about (formal notice, resolution
 *       notice), for the task that asks staff to print and post it;
 *   <li>{@value #INVOICE_TOTAL_SHOWN}, {@value #ISSUE_DATE_SHOWN}: an invoice task's total and
 *       date, from the ledger (the {@code payment} process carries only the invoice's number).
 * </ul>
 *
 * <p>Task-local on purpose: a task's candidate group may read its task's variables, and the
 * values are a picture taken when the task opens, never an input of the process. A failure to
 * describe a task never stops the task from being created.
 */
@Component("taskCards")
public class TaskCards implements TaskListener {

  public static final String CLIENT = "cardClient";
  public static final String REFERENCE = "cardReference";
  public static final String AMOUNT = "cardAmount";
  public static final String CLIENT_EMAIL = "clientEmail";
  public static final String CLIENT_PHONE = "clientPhone";
  public static final String CLIENT_ADDRESS = "clientAddress";
  public static final String DOCUMENTS = "documents";
  public static final String LETTER_URL = "letterUrl";
  /** An invoice task's invoice total incl. VAT and its date, from the ledger: "€ 1.210,00". */
  public static final String INVOICE_TOTAL_SHOWN = "invoiceTotalShown";
  public static final String ISSUE_DATE_SHOWN = "issueDateShown";
  /** Parts of the task's name, not kept as variables. */
  private static final String NUMBER = "#number";
  private static final String NAME_AMOUNT = "#amount";

  /** Suffix of the staff form of a date or amount variable, see {@link #shown}. */
  public static final String SHOWN = "Shown";

  private static final java.util.regex.Pattern ISO_DATE =
      java.util.regex.Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T.*)?$");
  private static final java.util.regex.Pattern AMOUNT_NAME =
      java.util.regex.Pattern.compile("(Total|ExclVat|InclVat|Amount|Price|Principal|amount)$");
  private static final java.util.regex.Pattern CODE =
      java.util.regex.Pattern.compile("^[A-Z][A-Z]+(_[A-Z]+)+$|^[A-Z]{4,}$");
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("^-?\\d+(\\.\\d+)?$");

  /** Labels of the filter columns, in order (see {@code AccessSetup}). */
  public static final Map<String, String> COLUMNS = columns();

  private static final Logger LOG = LoggerFactory.getLogger(TaskCards.class);

  private final ClientRepository clients;
  private final ContractRepository contracts;
  private final QuoteRepository quotes;
  private final InvoiceRepository invoices;
  private final NoticeService notices;

  public TaskCards(ClientRepository clients, ContractRepository contracts, QuoteRepository quotes,
      InvoiceRepository invoices, NoticeService notices) {
    this.clients = clients;
    this.contracts = contracts;
    this.quotes = quotes;
    this.invoices = invoices;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      Map<String, Object> card = describe(task);
      card.forEach((name, value) -> {
        if (!name.startsWith("#")) {
          task.setVariableLocal(name, value);
        }
      });
      task.setName(cardName(task.getName(), card));
    } catch (RuntimeException e) {
      LOG.warn("Task {} ({}) opened without its card details: {}", task.getId(),
          task.getTaskDefinitionKey(), e.toString());
    }
  }

  /**
   * The task's name as the card shows it: what to do, then whose, which and how much —
   * "Record the client's signature — Atelier Lambert, Q-2026-0003, € 2.700,00".
   */
  static String cardName(String name, Map<String, Object> card) {
    if (name == null || card.get(CLIENT) == null) {
      return name;
    }
    StringBuilder full = new StringBuilder(name).append(" — ").append(card.get(CLIENT));
    Object number = card.get(NUMBER);
    if (number != null) {
      full.append(", ").append(number);
    }
    Object amount = card.get(NAME_AMOUNT);
    if (amount != null) {
      full.append(", ").append(amount);
    }
    // ACT_RU_TASK.NAME_ holds 255 characters
    return full.length() > 255 ? full.substring(0, 254) + "…" : full.toString();
  }

  /** The card and form variables of a task, by the process it belongs to. */
  Map<String, Object> describe(DelegateTask task) {
    String process = ((ExecutionEntity) task.getExecution()).getProcessDefinition().getKey();
    Map<String, Object> values = new LinkedHashMap<>();
    List<Notice> documents;
    if ("payment".equals(process)) {
      Optional<Invoice> found = invoices.find(string(task, ProcessVariables.INVOICE_NUMBER));
      if (found.isEmpty()) {
        return values;
      }
      Invoice invoice = found.get();
      client(values, invoice.clientId());
      values.put(REFERENCE, invoice.number() + (invoice.contractNumber() == null ? ""
          : " · contract " + invoice.contractNumber()));
      values.put(AMOUNT, StaffFormat.euros(invoice.netTotal()) + " incl. VAT");
      values.put(INVOICE_TOTAL_SHOWN, StaffFormat.euros(invoice.total()));
      values.put(ISSUE_DATE_SHOWN, StaffFormat.day(invoice.issueDate()));
      values.put(NUMBER, invoice.number());
      values.put(NAME_AMOUNT, StaffFormat.euros(invoice.netTotal()));
      documents = notices.forInvoice(invoice.number());
      letter(values, task, PaymentVariables.FORMAL_NOTICE_KEY);
      letter(values, task, PaymentVariables.RESOLUTION_NOTICE_KEY);
    } else if ("order".equals(process)) {
      Optional<Quote> found = quotes.find(OrderVariables.QUOTE_NUMBER.get(task));
      if (found.isEmpty()) {
        return values;
      }
      Quote quote = found.get();
      client(values, quote.clientId());
      values.put(REFERENCE, quote.number());
      values.put(AMOUNT, quoteAmount(quote));
      values.put(NUMBER, quote.number());
      values.put(NAME_AMOUNT, StaffFormat.euros(OrderAmounts.orderTotalExclVat(quote)));
      String contract = string(task, ProcessVariables.CONTRACT_NUMBER);
      documents = contract == null ? List.of() : notices.forContract(contract);
    } else {
      Optional<Contract> found = contracts.find(string(task, ProcessVariables.CONTRACT_NUMBER));
      if (found.isEmpty()) {
        return values;
      }
      Contract contract = found.get();
      client(values, contract.clientId());
      values.put(REFERENCE, "change-request".equals(process) && task.getExecution().getProcessBusinessKey() != null
          ? "change request " + task.getExecution().getProcessBusinessKey()
          : "contract " + contract.number());
      values.put(NUMBER, contract.number());
      quotes.find(contract.quoteNumber()).ifPresent(quote -> {
        values.put(AMOUNT, quoteAmount(quote));
        values.put(NAME_AMOUNT, StaffFormat.euros(OrderAmounts.orderTotalExclVat(quote)));
      });
      documents = notices.forContract(contract.number());
    }
    values.put(DOCUMENTS, documentList(documents));
    values.putAll(shown(task.getVariables()));
    Object number = values.remove(NUMBER);
    Object nameAmount = values.remove(NAME_AMOUNT);
    Map<String, Object> withName = new LinkedHashMap<>(values);
    withName.put(NUMBER, number);
    withName.put(NAME_AMOUNT, nameAmount);
    return withName;
  }

  /**
   * For every date and amount variable of the process, its staff form under the same name plus
   * {@value #SHOWN}: {@code dueDate} "2026-03-02" → {@code dueDateShown} "02/03/2026";
   * {@code invoiceTotal} "1210.00" → {@code invoiceTotalShown} "€ 1.210,00". Forms show these,
   * never the ISO values; an enum value is written in words ({@code eventChannel}
   * "REGISTERED_LETTER" → {@code eventChannelShown} "Registered letter").
   */
  static Map<String, Object> shown(Map<String, Object> variables) {
    Map<String, Object> shown = new LinkedHashMap<>();
    variables.forEach((name, value) -> {
      if (value == null || name.endsWith(SHOWN)) {
        return;
      }
      String text = value.toString().trim();
      if (ISO_DATE.matcher(text).matches()) {
        shown.put(name + SHOWN, StaffFormat.day(java.time.LocalDate.parse(text.substring(0, 10))));
      } else if (AMOUNT_NAME.matcher(name).find() && DECIMAL.matcher(text).matches()) {
        shown.put(name + SHOWN, StaffFormat.euros(new BigDecimal(text)));
      } else if (CODE.matcher(text).matches()) {
        // an enum value (REGISTERED_LETTER) in words: "Registered letter"
        String words = text.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        shown.put(name + SHOWN, Character.toUpperCase(words.charAt(0)) + words.substring(1));
      }
    });
    return shown;
  }

  private void client(Map<String, Object> values, String clientId) {
    clients.find(clientId).ifPresent(client -> {
      values.put(CLIENT, client.name());
      values.put(CLIENT_EMAIL, client.email());
      values.put(CLIENT_PHONE, client.phone() == null ? "no phone given" : "tel. " + client.phone());
      values.put(CLIENT_ADDRESS, client.address() == null ? "" : client.address());
    });
  }

  private void letter(Map<String, Object> values, DelegateTask task,
      ProcessVariable<String> keyVariable) {
    String key = keyVariable.get(task);
    if (key != null) {
      notices.find(key).filter(Notice::hasDocument)
          .ifPresent(notice -> values.put(LETTER_URL, DocumentController.noticeUrl(notice.id())));
    }
  }

  private static String quoteAmount(Quote quote) {
    BigDecimal total = OrderAmounts.orderTotalExclVat(quote);
    if (quote.kind().isRecurring() && quote.periodicPrice() != null && quote.period() != null) {
      return StaffFormat.euros(total) + " excl. VAT a year ("
          + StaffFormat.euros(quote.periodicPrice()) + " " + quote.period().name().toLowerCase() + ")";
    }
    return StaffFormat.euros(total) + " excl. VAT";
  }

  /**
   * Markdown: one line per document (PDF, or the Peppol e-invoice's XML), newest last; a sentence
   * when there is none yet.
   */
  static String documentList(List<Notice> notices) {
    List<String> lines = new ArrayList<>();
    for (Notice notice : notices) {
      if (notice.hasDocument()) {
        String format = notice.type() == NoticeType.E_INVOICE_SENT ? "Peppol e-invoice, XML" : "PDF";
        lines.add("- [" + documentLabel(notice) + " (" + format + ")]("
            + DocumentController.noticeUrl(notice.id()) + ")");
      }
    }
    return lines.isEmpty() ? "No document yet." : String.join("\n", lines);
  }

  static String documentLabel(Notice notice) {
    String name = notice.documentName() == null ? ""
        : notice.documentName().replaceFirst("\\.(pdf|xml)$", "");
    NoticeType type = notice.type();
    return switch (type) {
      case QUOTE_SENT -> "Quote " + name;
      case INVOICE_SENT -> "Invoice " + name;
      case CREDIT_NOTE_SENT -> "Credit note " + name;
      case E_INVOICE_SENT -> (name.startsWith("CN-") ? "Credit note " : "Invoice ") + name;
      case FORMAL_NOTICE -> "Formal notice by registered letter, " + StaffFormat.day(notice.createdAt().toLocalDate());
      case RESOLUTION_NOTICE -> "Resolution notice by registered letter, " + StaffFormat.day(notice.createdAt().toLocalDate());
      case CHANGE_OFFER -> "Change offer " + name;
      case BUYOUT_QUOTE -> "Buy-out quote " + name;
      default -> name.isEmpty() ? "Document" : name;
    };
  }

  private static String string(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    // the task's name already says client, number and amount: the card's two visible columns
    // add what is at stake with its VAT basis and the object's context (invoice of which
    // contract), the client's full name last
    columns.put(AMOUNT, "Amount");
    columns.put(REFERENCE, "Number");
    columns.put(CLIENT, "Client");
    return columns;
  }
}
