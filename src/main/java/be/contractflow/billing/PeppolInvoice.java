package be.contractflow.billing;

import be.contractflow.ledger.Client;
import be.contractflow.terms.AgencyIdentity;
import be.contractflow.terms.BelgianEnterpriseNumber;
import com.helger.ubl21.UBL21Marshaller;
import com.helger.xsds.ccts.cct.schemamodule.AmountType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AttachmentType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BranchType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ContactType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CreditNoteLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.FinancialAccountType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentTermsType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PeriodType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.CompanyIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.CreditedQuantityType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.EmbeddedDocumentBinaryObjectType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.EndpointIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.InvoicedQuantityType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.LineExtensionAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PayableAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PriceAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExclusiveAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxInclusiveAmountType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxableAmountType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;

/**
 * An invoice or credit note as a Peppol BIS Billing 3.0 document (UBL 2.1, EN 16931), built from
 * exactly what its PDF prints ({@link InvoiceDocument.View}: the ledger's lines, rates and totals)
 * with the PDF itself embedded. Pure: no database, no clock.
 *
 * <ul>
 *   <li>seller and buyer are identified on Peppol by their Belgian enterprise number (EndpointID
 *       scheme {@value #ENTERPRISE_SCHEME}), with their VAT number and legal entity;
 *   <li>an invoice is paid by credit transfer (PaymentMeans code {@value #CREDIT_TRANSFER}) to the
 *       agency's IBAN with the structured communication as PaymentID;
 *   <li>one tax subtotal per rate; an amount outside the scope of VAT (damages, indemnities) is
 *       category {@code O} — and then, as EN 16931 BR-O-02 requires, neither party's VAT number is
 *       given;
 *   <li>a credit note names the invoice it corrects (BillingReference).
 * </ul>
 */
public final class PeppolInvoice {

  public static final String CUSTOMIZATION_ID =
      "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
  public static final String PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
  /** ISO 6523 ICD of the Belgian enterprise number (BCE/KBO). */
  public static final String ENTERPRISE_SCHEME = "0208";
  /** UNCL 4461: credit transfer. */
  public static final String CREDIT_TRANSFER = "30";
  private static final String EUR = "EUR";
  private static final Pattern BELGIAN_ADDRESS = Pattern.compile("^(.+?),\\s*(\\d{4})\\s+(.+)$");

  /**
   * What the document is made of.
   *
   * @param document what the PDF prints (lines, rates, totals, period, corrected invoice)
   * @param seller the agency
   * @param buyer the client; professional, with a Belgian VAT number
   * @param pdfName the embedded PDF's file name ({@code I-2026-00042.pdf})
   * @param pdf the PDF the client receives by e-mail, byte for byte
   */
  public record Source(InvoiceDocument.View document, AgencyIdentity seller, Client buyer,
      String pdfName, byte[] pdf) {}

  private PeppolInvoice() {}

  /** Whether a client receives Peppol e-invoices: a professional with a Belgian VAT number. */
  public static boolean appliesTo(Client client) {
    return client != null && !client.isConsumer() && client.vatNumber() != null
        && client.vatNumber().replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT)
            .startsWith("BE");
  }

  /** The UBL document as UTF-8 XML. */
  public static byte[] xml(Source source) {
    if (!appliesTo(source.buyer())) {
      throw new IllegalArgumentException("client " + source.buyer().id()
          + " has no Belgian VAT number: no Peppol e-invoice");
    }
    byte[] xml = source.document().creditNote()
        ? UBL21Marshaller.creditNote().setFormattedOutput(true).getAsBytes(creditNote(source))
        : UBL21Marshaller.invoice().setFormattedOutput(true).getAsBytes(invoice(source));
    if (xml == null) {
      throw new IllegalStateException("UBL document of " + source.document().number()
          + " could not be written");
    }
    return xml;
  }

  static InvoiceType invoice(Source source) {
    InvoiceDocument.View doc = source.document();
    boolean outside = outsideScope(doc);
    var ubl = new InvoiceType();
    ubl.setCustomizationID(CUSTOMIZATION_ID);
    ubl.setProfileID(PROFILE_ID);
    ubl.setID(doc.number());
    ubl.setIssueDate(doc.issueDate());
    if (doc.dueDate() != null) {
      ubl.setDueDate(doc.dueDate());
    }
    ubl.setInvoiceTypeCode("380");
    ubl.setDocumentCurrencyCode(EUR);
    ubl.setBuyerReference(doc.contractNumber());
    if (doc.periodStart() != null) {
      ubl.addInvoicePeriod(period(doc));
    }
    ubl.addAdditionalDocumentReference(attachment(source));
    ubl.setAccountingSupplierParty(supplier(source.seller(), outside));
    ubl.setAccountingCustomerParty(customer(source.buyer(), outside));
    ubl.addPaymentMeans(paymentMeans(source));
    if (doc.paymentTermDays() != null) {
      var terms = new PaymentTermsType();
      terms.addNote(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21
          .NoteType(doc.paymentTermDays() + " days from the invoice date"));
      ubl.addPaymentTerms(terms);
    }
    ubl.addTaxTotal(taxTotal(doc, outside));
    ubl.setLegalMonetaryTotal(totals(doc));
    int id = 1;
    for (InvoiceDocument.LineView line : doc.lines()) {
      var ublLine = new InvoiceLineType();
      ublLine.setID(String.valueOf(id++));
      Quantity q = quantity(line);
      var quantity = new InvoicedQuantityType(q.quantity());
      quantity.setUnitCode("C62");
      ublLine.setInvoicedQuantity(quantity);
      ublLine.setLineExtensionAmount(eur(new LineExtensionAmountType(money(line.amountExclVat()))));
      if (doc.periodStart() != null) {
        ublLine.addInvoicePeriod(period(doc));
      }
      ublLine.setItem(item(line, outside));
      ublLine.setPrice(price(q.price()));
      ubl.addInvoiceLine(ublLine);
    }
    return ubl;
  }

  static CreditNoteType creditNote(Source source) {
    InvoiceDocument.View doc = source.document();
    boolean outside = outsideScope(doc);
    var ubl = new CreditNoteType();
    ubl.setCustomizationID(CUSTOMIZATION_ID);
    ubl.setProfileID(PROFILE_ID);
    ubl.setID(doc.number());
    ubl.setIssueDate(doc.issueDate());
    ubl.setCreditNoteTypeCode("381");
    ubl.setDocumentCurrencyCode(EUR);
    ubl.setBuyerReference(doc.contractNumber());
    if (doc.correctedInvoice() != null) {
      var reference = new DocumentReferenceType();
      reference.setID(doc.correctedInvoice());
      if (doc.correctedInvoiceDate() != null) {
        reference.setIssueDate(doc.correctedInvoiceDate());
      }
      var billing = new BillingReferenceType();
      billing.setInvoiceDocumentReference(reference);
      ubl.addBillingReference(billing);
    }
    ubl.addAdditionalDocumentReference(attachment(source));
    ubl.setAccountingSupplierParty(supplier(source.seller(), outside));
    ubl.setAccountingCustomerParty(customer(source.buyer(), outside));
    ubl.addTaxTotal(taxTotal(doc, outside));
    ubl.setLegalMonetaryTotal(totals(doc));
    int id = 1;
    for (InvoiceDocument.LineView line : doc.lines()) {
      var ublLine = new CreditNoteLineType();
      ublLine.setID(String.valueOf(id++));
      Quantity q = quantity(line);
      var quantity = new CreditedQuantityType(q.quantity());
      quantity.setUnitCode("C62");
      ublLine.setCreditedQuantity(quantity);
      ublLine.setLineExtensionAmount(eur(new LineExtensionAmountType(money(line.amountExclVat()))));
      ublLine.setItem(item(line, outside));
      ublLine.setPrice(price(q.price()));
      ubl.addCreditNoteLine(ublLine);
    }
    return ubl;
  }

  /** An amount outside the scope of VAT (a damages invoice, or a note crediting one). */
  private static boolean outsideScope(InvoiceDocument.View doc) {
    return doc.outsideVatScope() || doc.vat().signum() == 0
        && doc.rates().stream().allMatch(r -> r.rate().signum() == 0);
  }

  private static PeriodType period(InvoiceDocument.View doc) {
    var period = new PeriodType();
    period.setStartDate(doc.periodStart());
    period.setEndDate(doc.periodEnd());
    return period;
  }

  /** The PDF the client also receives, embedded (BT-125). */
  private static DocumentReferenceType attachment(Source source) {
    var reference = new DocumentReferenceType();
    reference.setID(source.document().number());
    reference.addDocumentDescription(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21
        .DocumentDescriptionType(source.document().title()));
    var binary = new EmbeddedDocumentBinaryObjectType(source.pdf());
    binary.setMimeCode("application/pdf");
    binary.setFilename(source.pdfName());
    var attachment = new AttachmentType();
    attachment.setEmbeddedDocumentBinaryObject(binary);
    reference.setAttachment(attachment);
    return reference;
  }

  private static SupplierPartyType supplier(AgencyIdentity agency, boolean outsideScope) {
    var party = new PartyType();
    party.setEndpointID(endpoint(agency.enterpriseDigits()));
    party.addPartyName(name(agency.displayName()));
    party.setPostalAddress(address(agency.street(), agency.city(), agency.postalCode(),
        agency.countryCode()));
    if (!outsideScope) {
      party.addPartyTaxScheme(vat(agency.vatNumber()));
    }
    var legal = new PartyLegalEntityType();
    legal.setRegistrationName(agency.displayName());
    legal.setCompanyID(enterprise(agency.enterpriseDigits()));
    party.addPartyLegalEntity(legal);
    var contact = new ContactType();
    contact.setElectronicMail(agency.senderEmail());
    party.setContact(contact);
    var supplier = new SupplierPartyType();
    supplier.setParty(party);
    return supplier;
  }

  private static CustomerPartyType customer(Client client, boolean outsideScope) {
    String vat = compactVat(client.vatNumber());
    String digits = BelgianEnterpriseNumber.digits(vat.substring(2));
    var party = new PartyType();
    party.setEndpointID(endpoint(digits));
    party.addPartyName(name(client.name()));
    String street = client.address() == null || client.address().isBlank() ? client.name()
        : client.address();
    String city = null;
    String postalCode = null;
    Matcher belgian = BELGIAN_ADDRESS.matcher(street);
    if (belgian.matches()) {
      street = belgian.group(1);
      postalCode = belgian.group(2);
      city = belgian.group(3);
    }
    party.setPostalAddress(address(street, city, postalCode, "BE"));
    if (!outsideScope) {
      party.addPartyTaxScheme(vat(vat));
    }
    var legal = new PartyLegalEntityType();
    legal.setRegistrationName(client.name());
    legal.setCompanyID(enterprise(digits));
    party.addPartyLegalEntity(legal);
    if (client.email() != null) {
      var contact = new ContactType();
      contact.setElectronicMail(client.email());
      party.setContact(contact);
    }
    var customer = new CustomerPartyType();
    customer.setParty(party);
    return customer;
  }

  private static PaymentMeansType paymentMeans(Source source) {
    var means = new PaymentMeansType();
    means.setPaymentMeansCode(CREDIT_TRANSFER);
    if (source.document().communication() != null) {
      means.addPaymentID(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21
          .PaymentIDType(source.document().communication()));
    }
    var account = new FinancialAccountType();
    account.setID(source.seller().ibanCompact());
    account.setName(source.seller().displayName());
    if (source.seller().bic() != null) {
      var branch = new BranchType();
      branch.setID(source.seller().bic());
      account.setFinancialInstitutionBranch(branch);
    }
    means.setPayeeFinancialAccount(account);
    return means;
  }

  private static TaxTotalType taxTotal(InvoiceDocument.View doc, boolean outsideScope) {
    var total = new TaxTotalType();
    total.setTaxAmount(eur(new TaxAmountType(money(doc.vat()))));
    for (InvoiceDocument.RateView rate : doc.rates()) {
      var subtotal = new TaxSubtotalType();
      subtotal.setTaxableAmount(eur(new TaxableAmountType(money(rate.base()))));
      subtotal.setTaxAmount(eur(new TaxAmountType(money(rate.vat()))));
      var category = category(rate.rate(), outsideScope);
      if (outsideScope) {
        category.setTaxExemptionReasonCode("VATEX-EU-O");
        category.addTaxExemptionReason(new oasis.names.specification.ubl.schema.xsd
            .commonbasiccomponents_21.TaxExemptionReasonType(
                "Not subject to VAT: damages, not the price of a service"));
      }
      subtotal.setTaxCategory(category);
      total.addTaxSubtotal(subtotal);
    }
    return total;
  }

  private static MonetaryTotalType totals(InvoiceDocument.View doc) {
    var totals = new MonetaryTotalType();
    BigDecimal lines = doc.lines().stream().map(InvoiceDocument.LineView::amountExclVat)
        .map(PeppolInvoice::money).reduce(BigDecimal.ZERO, BigDecimal::add);
    totals.setLineExtensionAmount(eur(new LineExtensionAmountType(lines)));
    totals.setTaxExclusiveAmount(eur(new TaxExclusiveAmountType(money(doc.totalExclVat()))));
    totals.setTaxInclusiveAmount(eur(new TaxInclusiveAmountType(money(doc.total()))));
    totals.setPayableAmount(eur(new PayableAmountType(money(doc.total()))));
    return totals;
  }

  private static ItemType item(InvoiceDocument.LineView line, boolean outsideScope) {
    var item = new ItemType();
    item.setName(line.description());
    item.addClassifiedTaxCategory(category(line.vatRate(), outsideScope));
    return item;
  }

  private static TaxCategoryType category(BigDecimal rate, boolean outsideScope) {
    var category = new TaxCategoryType();
    var scheme = new TaxSchemeType();
    scheme.setID("VAT");
    if (outsideScope) {
      category.setID("O");
    } else {
      category.setID("S");
      category.setPercent(rate.stripTrailingZeros().scale() <= 0
          ? rate.setScale(0, RoundingMode.UNNECESSARY) : rate);
    }
    category.setTaxScheme(scheme);
    return category;
  }

  /** Quantity and unit price as EN 16931 wants them: the price never negative (BR-27). */
  private record Quantity(BigDecimal quantity, BigDecimal price) {}

  private static Quantity quantity(InvoiceDocument.LineView line) {
    BigDecimal quantity = line.quantity() == null ? BigDecimal.ONE : line.quantity();
    BigDecimal price = line.unitPrice() == null ? line.amountExclVat() : line.unitPrice();
    if (price.signum() < 0) {
      return new Quantity(quantity.negate(), price.negate());
    }
    return new Quantity(quantity, price);
  }

  private static PriceType price(BigDecimal unitPrice) {
    var price = new PriceType();
    price.setPriceAmount(eur(new PriceAmountType(unitPrice)));
    return price;
  }

  private static EndpointIDType endpoint(String enterpriseDigits) {
    var id = new EndpointIDType(enterpriseDigits);
    id.setSchemeID(ENTERPRISE_SCHEME);
    return id;
  }

  private static CompanyIDType enterprise(String enterpriseDigits) {
    var id = new CompanyIDType(enterpriseDigits);
    id.setSchemeID(ENTERPRISE_SCHEME);
    return id;
  }

  private static PartyTaxSchemeType vat(String vatNumber) {
    var tax = new PartyTaxSchemeType();
    tax.setCompanyID(compactVat(vatNumber));
    var scheme = new TaxSchemeType();
    scheme.setID("VAT");
    tax.setTaxScheme(scheme);
    return tax;
  }

  private static PartyNameType name(String name) {
    var partyName = new PartyNameType();
    partyName.setName(name);
    return partyName;
  }

  private static AddressType address(String street, String city, String postalCode,
      String country) {
    var address = new AddressType();
    address.setStreetName(street);
    if (city != null) {
      address.setCityName(city);
    }
    if (postalCode != null) {
      address.setPostalZone(postalCode);
    }
    var countryType = new CountryType();
    countryType.setIdentificationCode(country == null ? "BE" : country);
    address.setCountry(countryType);
    return address;
  }

  static String compactVat(String vatNumber) {
    return vatNumber.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  private static <T extends AmountType> T eur(T amount) {
    amount.setCurrencyID(EUR);
    return amount;
  }

}
