package be.contractflow.process.delivery;

import static be.contractflow.process.VariableValues.*;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.terms.TermsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AnnounceGoLive: delivery = go-live (WJA-24, BDB-8.6); the windows it opens. */
@Component
public class AnnounceGoLiveDelegate implements JavaDelegate {

  private final DeliveryService delivery;
  private final TermsService terms;

  public AnnounceGoLiveDelegate(DeliveryService delivery, TermsService terms) {
    this.delivery = delivery;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input: the GO_LIVE event date or the date on the build form (null: today)
    var goLive = date(execution, DeliveryVariables.GO_LIVE_DATE);
    // processing
    var live = delivery.announceGoLive(noticeKey(execution, "go-live"),
        string(execution, DeliveryVariables.CONTRACT_NUMBER),
        string(execution, DeliveryVariables.CLIENT_ID), terms.termsOf(execution), goLive,
        string(execution, DeliveryVariables.SITE_URL),
        decimal(execution, DeliveryVariables.ORDER_TOTAL_EXCL_VAT));
    // output
    execution.setVariable(DeliveryVariables.GO_LIVE_DATE, iso(live.goLiveDate()));
    execution.setVariable(DeliveryVariables.DELIVERED_ON, iso(live.goLiveDate()));
    execution.setVariable(DeliveryVariables.DELIVERY_ATTEMPT, 1);
    execution.setVariable(DeliveryVariables.BALANCE_INVOICE_DUE, live.balanceInvoiceDue());
    execution.setVariable(DeliveryVariables.NON_CONFORMITY_WINDOW, live.nonConformityUntil() != null);
    execution.setVariable(DeliveryVariables.NON_CONFORMITY_UNTIL, iso(live.nonConformityUntil()));
    execution.setVariable(DeliveryVariables.NON_CONFORMITY_DEADLINE_KEY,
        live.nonConformityDeadlineKey());
    execution.setVariable(DeliveryVariables.TWEAK_WINDOW, live.tweaksUntil() != null);
    execution.setVariable(DeliveryVariables.TWEAKS_UNTIL, iso(live.tweaksUntil()));
    execution.setVariable(DeliveryVariables.TWEAK_DEADLINE_KEY, live.tweakDeadlineKey());
    execution.setVariable(DeliveryVariables.WARRANTY_PERIOD, live.warrantyUntil() != null);
    execution.setVariable(DeliveryVariables.WARRANTY_UNTIL, iso(live.warrantyUntil()));
    execution.setVariable(DeliveryVariables.WARRANTY_DEADLINE_KEY, live.warrantyDeadlineKey());
    execution.setVariable(DeliveryVariables.TRAINING_WINDOW, live.trainingUntil() != null);
    execution.setVariable(DeliveryVariables.TRAINING_UNTIL, iso(live.trainingUntil()));
    execution.setVariable(DeliveryVariables.TRAINING_DEADLINE_KEY, live.trainingDeadlineKey());
    execution.setVariable(DeliveryVariables.HIDDEN_DEFECT_WINDOWS,
        live.hiddenDefectReportUntil() != null);
    execution.setVariable(DeliveryVariables.HIDDEN_DEFECT_REPORT_UNTIL,
        iso(live.hiddenDefectReportUntil()));
    execution.setVariable(DeliveryVariables.HIDDEN_DEFECT_REPORT_DEADLINE_KEY,
        live.hiddenDefectReportDeadlineKey());
    execution.setVariable(DeliveryVariables.HIDDEN_DEFECT_ACTION_UNTIL,
        iso(live.hiddenDefectActionUntil()));
    execution.setVariable(DeliveryVariables.HIDDEN_DEFECT_ACTION_DEADLINE_KEY,
        live.hiddenDefectActionDeadlineKey());
  }

  private static String noticeKey(DelegateExecution execution, String purpose) {
    return NoticeRequest.keyOf(execution.getProcessInstanceId(), execution.getCurrentActivityId(),
        purpose);
  }
}
