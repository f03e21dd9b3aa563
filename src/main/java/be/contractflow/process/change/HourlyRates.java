package be.contractflow.process.change;

import be.contractflow.calendar.BusinessCalendar;
import be.contractflow.ledger.Contract;
import be.contractflow.ledger.QuoteRepository;
import be.contractflow.money.Calculation;
import be.contractflow.money.CpiTable;
import be.contractflow.money.Indexation;
import be.contractflow.terms.Terms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The hourly rate of work en régie on a contract at a date: the terms' rate (VIR-8: 90 EUR/hour),
 * indexed by the CPI on the last contract anniversary when the terms say so (money.Indexation);
 * otherwise the rate of the signed quote (WJA-4: "the hourly rate in force at order"); otherwise
 * none, and staff enter it on the form.
 */
@Component
public class HourlyRates {

  private final QuoteRepository quotes;
  private final BusinessCalendar calendar;
  private volatile CpiTable cpi;

  public HourlyRates(QuoteRepository quotes, BusinessCalendar calendar) {
    this.quotes = quotes;
    this.calendar = calendar;
  }

  /** The rate (EUR excl. VAT per hour) with its clause and inputs, or {@code null} when unknown. */
  public Calculation at(Contract contract, Terms terms, LocalDate date) {
    Terms.Renewal renewal = terms.renewal();
    if (renewal.regieHourlyRateEur() != null) {
      BigDecimal base = renewal.regieHourlyRateEur();
      LocalDate start = contract.startDate();
      if (renewal.regieRateIndexedYearly() && start != null) {
        int years = Period.between(start, date).getYears();
        if (years >= 1) {
          return Indexation.rate(renewal.regieRateClause(), cpi(), base, start,
              calendar.anniversary(start, years));
        }
      }
      return new Calculation(renewal.regieRateClause(), "Hourly rate", base,
          inputs("baseRate", base));
    }
    var quote = quotes.find(contract.quoteNumber()).orElse(null);
    if (quote != null && quote.hourlyRate() != null) {
      return new Calculation(terms.change().changeClause(), "Hourly rate of the quote",
          quote.hourlyRate(), inputs("quoteNumber", quote.number()));
    }
    return null;
  }

  private CpiTable cpi() {
    if (cpi == null) {
      cpi = CpiTable.shipped();
    }
    return cpi;
  }

  private static Map<String, Object> inputs(String name, Object value) {
    var map = new LinkedHashMap<String, Object>();
    map.put(name, value);
    return map;
  }
}
