package be.contractflow.process.order;

import be.contractflow.process.VariableValues;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_RecordClientSignature (Tasklist form or POST /api/quotes/{n}/signature):
 * checks the signature and writes it on the quote; a refused one keeps the task open.
 */
@Component
public class RecordClientSignatureListener implements TaskListener {

  private final QuoteService quotes;

  public RecordClientSignatureListener(QuoteService quotes) {
    this.quotes = quotes;
  }

  @Override
  public void notify(DelegateTask task) {
    // input
    String quoteNumber = OrderVariables.QUOTE_NUMBER.get(task);
    LocalDate signedDate = OrderVariables.SIGNED_DATE.get(task);
    // the form's raw texts: the service refuses an unknown channel or place in words
    String channel = VariableValues.string(task, OrderVariables.SIGNATURE_CHANNEL.name());
    String concludedAt = VariableValues.string(task, OrderVariables.CONCLUDED_AT.name());
    Boolean earlyStart = OrderVariables.EARLY_START_REQUESTED.get(task);
    // processing
    quotes.recordSignature(quoteNumber, signedDate, channel, concludedAt,
        Boolean.TRUE.equals(earlyStart));
    // output: the date as an ISO date for the next steps (a form may send a date-time)
    OrderVariables.SIGNED_DATE.set(task.getExecution(), signedDate);
  }
}
