package be.contractflow.process.order;

import be.contractflow.notice.NoticeRequest;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ExpireQuote: the quote lapsed unsigned (BDB-5.2a). */
@Component
public class ExpireQuoteDelegate implements JavaDelegate {

  private final OrderService orders;

  public ExpireQuoteDelegate(OrderService orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String contractNumber = OrderVariables.CONTRACT_NUMBER.get(execution);
    LocalDate validUntil =
        OrderVariables.QUOTE_VALID_UNTIL.get(execution);
    // processing
    orders.expireQuote(NoticeRequest.keyOf(execution.getProcessInstanceId(),
        execution.getCurrentActivityId(), "quote-expired"), contractNumber, validUntil);
  }
}
