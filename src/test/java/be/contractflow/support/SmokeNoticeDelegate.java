package be.contractflow.support;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.notice.NoticeService;
import be.contractflow.notice.NoticeType;
import be.contractflow.process.ContractLifecycle;
import be.contractflow.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Test only: the service task of {@code platform-smoke}, writing one notice to the outbox. */
@Component("smokeNoticeDelegate")
public class SmokeNoticeDelegate implements JavaDelegate {

  private final NoticeService notices;

  public SmokeNoticeDelegate(NoticeService notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input
    String clientId = (String) execution.getVariable(ContractLifecycle.CLIENT_ID);
    String contractNumber = (String) execution.getVariable(ProcessVariables.CONTRACT_NUMBER);
    String invoiceNumber = (String) execution.getVariable(ProcessVariables.INVOICE_NUMBER);
    // processing
    notices.issue(NoticeRequest.of(
            NoticeRequest.keyOf(execution.getProcessInstanceId(), execution.getCurrentActivityId(), "smoke"),
            NoticeType.PAYMENT_REMINDER, "TEST", clientId)
        .withContract(contractNumber)
        .withInvoice(invoiceNumber)
        .with("dueDate", execution.getVariable("startDate")));
  }
}
