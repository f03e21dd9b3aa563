package be.contractflow.process.order;

import be.contractflow.notice.NoticeRequest;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendQuote: sends the quote as PDF and sets the validity the expiry timer waits for (BDB-5.2a). */
@Component
public class SendQuoteDelegate implements JavaDelegate {

  private final OrderService orders;

  public SendQuoteDelegate(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = OrderVariables.CONTRACT_NUMBER.get(execution);
    int defaultMonths = OrderVariables.DEFAULT_QUOTE_VALIDITY_MONTHS.get(execution);
    // processing
    LocalDate validUntil = orders.sendQuote(NoticeRequest.keyOf(execution.getProcessInstanceId(),
        execution.getCurrentActivityId(), "quote-sent"), contractNumber, defaultMonths);
    // output (mapped to the process by the task's output parameter)
    OrderVariables.QUOTE_VALID_UNTIL.setLocal(execution, validUntil);
  }
}
