package be.contractflow.billing;

import be.contractflow.ledger.Client;
import be.contractflow.ledger.CreditNote;
import be.contractflow.ledger.Invoice;
import be.contractflow.ledger.InvoiceKind;
import be.contractflow.ledger.InvoiceRepository;
import be.contractflow.money.Money;
import be.contractflow.money.Vat;
import be.contractflow.notice.BelgianFormat;
import be.contractflow.notice.PdfDocuments;
import be.contractflow.terms.AgencyIdentity;
import be.contractflow.terms.Terms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Invoices and credit notes as PDF in the client's language, with every mention Belgian VAT law
 * requires (Royal Decree No. 1, art. 5; Code of companies art. 2:20): the agency's name, legal
 * form, address, enterprise and VAT numbers; the client's name, address and VAT number; the
 * sequential number and date; the service, its period, quantity, unit price, VAT rate; base, VAT
 * and total per rate; the payment term, due date, IBAN, BIC and structured communication; for a
 * credit note, the invoice it corrects. Line descriptions are the agency's own words per invoice
 * kind ({@code line.*} in {@code templates/invoice/invoice_{fr,nl,en}.properties}), never the
 * ledger's internal English label; a period the ledger line carries as ISO dates is shown as one.
 */
@Component
public class InvoiceDocument {

  /** A line as printed. */
  public record LineView(String description, BigDecimal quantity, BigDecimal unitPrice,
      BigDecimal vatRate, BigDecimal amountExclVat) {}

  /** Base, VAT and total at one rate. */
  public record RateView(BigDecimal rate, BigDecimal base, BigDecimal vat, BigDecimal total) {}

  /** Everything the template prints besides the parties. */
  public record View(boolean creditNote, String title, String number, LocalDate issueDate,
      LocalDate dueDate, LocalDate periodStart, LocalDate periodEnd, String correctedInvoice,
      LocalDate correctedInvoiceDate, String contractNumber, String quoteNumber, String clause,
      String courtClause, List<LineView> lines, List<RateView> rates, BigDecimal totalExclVat,
      BigDecimal vat, BigDecimal total, boolean outsideVatScope, Integer paymentTermDays,
      String communication) {}

  private static final Pattern PERIOD =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s*[–-]\\s*(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern PERCENT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s?%");

  private final PdfDocuments documents;
  private final ResourceBundleMessageSource words = new ResourceBundleMessageSource();

  public InvoiceDocument(PdfDocuments documents) {
    this.documents = documents;
    words.setBasename("templates/invoice/invoice");
    words.setDefaultEncoding("UTF-8");
    words.setFallbackToSystemLocale(false);
    words.setAlwaysUseMessageFormat(true);
  }

  /** The invoice as issued; {@code paymentTermDays} is the term its due date was computed from. */
  public byte[] render(Invoice invoice, List<InvoiceRepository.Line> lines, Client client,
      Terms.Agency terms, AgencyIdentity agency, String quoteNumber, int paymentTermDays) {
    return render(invoice, lines, client, terms, agency, quoteNumber, paymentTermDays, null);
  }

  /**
   * With the service period it bills ({@code null}: the period a line names, if any), stated
   * under the invoice date (a late periodic invoice is dated the day it is issued).
   */
  public byte[] render(Invoice invoice, List<InvoiceRepository.Line> lines, Client client,
      Terms.Agency terms, AgencyIdentity agency, String quoteNumber, int paymentTermDays,
      InvoicingService.Period period) {
    return render(view(invoice, lines, client, terms, quoteNumber, paymentTermDays, period),
        client, agency);
  }

  /**
   * What the invoice's PDF prints, in the client's language, with the service period it bills
   * ({@code null}: the period a line names, if any): also what its Peppol e-invoice carries.
   */
  public View view(Invoice invoice, List<InvoiceRepository.Line> lines, Client client,
      Terms.Agency terms, String quoteNumber, Integer paymentTermDays,
      InvoicingService.Period period) {
    Locale locale = BelgianFormat.of(client.language()).locale();
    View view = view(invoice, lines, terms, quoteNumber, paymentTermDays, locale);
    if (period != null) {
      view = new View(view.creditNote(), view.title(), view.number(), view.issueDate(),
          view.dueDate(), period.start(), period.end(), view.correctedInvoice(),
          view.correctedInvoiceDate(), view.contractNumber(), view.quoteNumber(), view.clause(),
          view.courtClause(), view.lines(), view.rates(), view.totalExclVat(), view.vat(),
          view.total(), view.outsideVatScope(), view.paymentTermDays(), view.communication());
    }
    return view;
  }

  /** What the credit note's PDF prints, in the client's language. */
  public View view(CreditNote note, Invoice corrected, Client client, Terms.Agency terms,
      String quoteNumber) {
    return view(note, corrected, terms, quoteNumber,
        BelgianFormat.of(client.language()).locale());
  }

  /**
   * The credit note: its amount (incl. VAT, as the ledger keeps it) split into base and VAT at the
   * rate of the invoice it corrects ({@code corrected}, null when it refunds several: the standard
   * rate), one line naming that invoice.
   */
  public byte[] render(CreditNote note, Invoice corrected, Client client, Terms.Agency terms,
      AgencyIdentity agency, String quoteNumber) {
    Locale locale = BelgianFormat.of(client.language()).locale();
    return render(view(note, corrected, terms, quoteNumber, locale), client, agency);
  }

  public View view(Invoice invoice, List<InvoiceRepository.Line> lines, Terms.Agency terms,
      String quoteNumber, Integer paymentTermDays, Locale locale) {
    LocalDate periodStart = null;
    LocalDate periodEnd = null;
    var printed = new ArrayList<LineView>();
    for (InvoiceRepository.Line line : lines) {
      Matcher period = PERIOD.matcher(line.description());
      if (period.find() && periodStart == null) {
        periodStart = LocalDate.parse(period.group(1));
        periodEnd = LocalDate.parse(period.group(2));
      }
      printed.add(new LineView(describe(invoice.kind(), line, locale), line.quantity(),
          line.unitPrice(), invoice.vatRate(), line.amountExclVat()));
    }
    return new View(false, words.getMessage("invoice.title", new Object[] {invoice.number()},
        locale), invoice.number(), invoice.issueDate(), invoice.dueDate(), periodStart, periodEnd,
        null, null, invoice.contractNumber(), quoteNumber, invoice.clause(), terms.courtClause(),
        printed, List.of(new RateView(invoice.vatRate(), invoice.amountExclVat(), invoice.vat(),
            invoice.total())), invoice.amountExclVat(), invoice.vat(), invoice.total(),
        !invoice.kind().vatApplies(), paymentTermDays,
        StructuredCommunication.format(invoice.structuredCommunication()));
  }

  public View view(CreditNote note, Invoice corrected, Terms.Agency terms, String quoteNumber,
      Locale locale) {
    BigDecimal rate = note.vatRate() != null ? note.vatRate()
        : corrected != null ? corrected.vatRate() : Vat.STANDARD_RATE;
    BigDecimal total = note.amount();
    BigDecimal base = note.amountExclVat() != null ? note.amountExclVat()
        : CreditNote.baseOf(total, rate);
    BigDecimal vat = note.vat() != null ? note.vat() : Money.cents(total.subtract(base));
    String subject = note.creditedInvoice() != null
        ? words.getMessage("line.credit", new Object[] {note.creditedInvoice()}, locale)
        : words.getMessage("line.credit", new Object[] {note.contractNumber()}, locale);
    return new View(true, words.getMessage("creditNote.title", new Object[] {note.number()},
        locale), note.number(), note.issueDate(), null, null, null, note.creditedInvoice(),
        corrected == null ? null : corrected.issueDate(), note.contractNumber(), quoteNumber,
        note.clause(), terms.courtClause(),
        List.of(new LineView(subject, BigDecimal.ONE, base, rate, base)),
        List.of(new RateView(rate, base, vat, total)), base, vat, total,
        corrected != null && !corrected.kind().vatApplies(), null, null);
  }

  /** The PDF of a view, with the agency's letterhead, in the client's language. */
  public byte[] render(View view, Client client, AgencyIdentity agency) {
    BelgianFormat fmt = BelgianFormat.of(client.language());
    var variables = new HashMap<String, Object>();
    variables.put("document", view);
    variables.put("client", client);
    variables.put("agency", agency);
    variables.put("court", agency.court(client.language()));
    variables.put("fmt", fmt);
    return documents.render("invoice/invoice", fmt.locale(), variables);
  }

  private String describe(InvoiceKind kind, InvoiceRepository.Line line, Locale locale) {
    if (line.amountExclVat().signum() < 0) {
      return words.getMessage("line.deduction", null, locale);
    }
    String label = words.getMessage("line." + kind.name(), null, locale);
    Matcher percent = PERCENT.matcher(line.description());
    if (percent.find()) {
      label = words.getMessage("line.percent", new Object[] {label,
          BelgianFormat.of(locale).quantity(new BigDecimal(percent.group(1).replace(',', '.')))},
          locale);
    }
    Matcher period = PERIOD.matcher(line.description());
    if (period.find()) {
      BelgianFormat fmt = BelgianFormat.of(locale);
      label = label + " " + words.getMessage("invoice.periodFromTo", new Object[] {
          fmt.date(LocalDate.parse(period.group(1))), fmt.date(LocalDate.parse(period.group(2)))},
          locale);
    }
    return label;
  }
}
