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
    String quoteNumber = VariableValues.string(task, OrderVariables.QUOTE_NUMBER);
    LocalDate signedDate = VariableValues.date(task, OrderVariables.SIGNED_DATE);
    String channel = VariableValues.string(task, OrderVariables.SIGNATURE_CHANNEL);
    String concludedAt = VariableValues.string(task, OrderVariables.CONCLUDED_AT);
    Object earlyStart = task.getVariable(OrderVariables.EARLY_START_REQUESTED);
    // processing
    quotes.recordSignature(quoteNumber, signedDate, channel, concludedAt,
        Boolean.TRUE.equals(earlyStart));
    // output: the date as an ISO date for the next steps (a form may send a date-time)
    task.getExecution().setVariable(OrderVariables.SIGNED_DATE, signedDate.toString());
  }
}
