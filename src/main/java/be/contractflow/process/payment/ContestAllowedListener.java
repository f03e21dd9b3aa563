package be.contractflow.process.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of the "Invoice contested" events: refuses (409 through {@code POST
 * /api/contracts/{n}/events}, nothing changes) a complaint dated after the contest window closed
 * or sent over a channel the terms do not accept (WJA-15, BDB-16.3).
 */
@Component
public class ContestAllowedListener implements ExecutionListener {

  private final DefaultService defaults;

  public ContestAllowedListener(DefaultService defaults) {
    this.defaults = defaults;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // input
    String invoiceNumber = PaymentVariables.INVOICE_NUMBER.get(execution);
    var date = PaymentVariables.EVENT_DATE.get(execution);
    String channel = PaymentVariables.EVENT_CHANNEL.get(execution);
    // processing: throws ConflictException when refused
    defaults.checkContest(invoiceNumber, date, channel);
  }
}
