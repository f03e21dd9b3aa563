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
    var goLive = DeliveryVariables.GO_LIVE_DATE.get(execution);
    // processing
    var live = delivery.announceGoLive(noticeKey(execution, "go-live"),
        DeliveryVariables.CONTRACT_NUMBER.get(execution),
        DeliveryVariables.CLIENT_ID.get(execution), terms.termsOf(execution), goLive,
        DeliveryVariables.SITE_URL.get(execution),
        DeliveryVariables.ORDER_TOTAL_EXCL_VAT.get(execution));
    // output
    DeliveryVariables.GO_LIVE_DATE.set(execution, live.goLiveDate());
    DeliveryVariables.DELIVERED_ON.set(execution, live.goLiveDate());
    DeliveryVariables.DELIVERY_ATTEMPT.set(execution, 1);
    DeliveryVariables.BALANCE_INVOICE_DUE.set(execution, live.balanceInvoiceDue());
    DeliveryVariables.NON_CONFORMITY_WINDOW.set(execution, live.nonConformityUntil() != null);
    DeliveryVariables.NON_CONFORMITY_UNTIL.set(execution, live.nonConformityUntil());
    DeliveryVariables.NON_CONFORMITY_DEADLINE_KEY.set(execution,
        live.nonConformityDeadlineKey());
    DeliveryVariables.TWEAK_WINDOW.set(execution, live.tweaksUntil() != null);
    DeliveryVariables.TWEAKS_UNTIL.set(execution, live.tweaksUntil());
    DeliveryVariables.TWEAK_DEADLINE_KEY.set(execution, live.tweakDeadlineKey());
    DeliveryVariables.WARRANTY_PERIOD.set(execution, live.warrantyUntil() != null);
    DeliveryVariables.WARRANTY_UNTIL.set(execution, live.warrantyUntil());
    DeliveryVariables.WARRANTY_DEADLINE_KEY.set(execution, live.warrantyDeadlineKey());
    DeliveryVariables.TRAINING_WINDOW.set(execution, live.trainingUntil() != null);
    DeliveryVariables.TRAINING_UNTIL.set(execution, live.trainingUntil());
    DeliveryVariables.TRAINING_DEADLINE_KEY.set(execution, live.trainingDeadlineKey());
    DeliveryVariables.HIDDEN_DEFECT_WINDOWS.set(execution,
        live.hiddenDefectReportUntil() != null);
    DeliveryVariables.HIDDEN_DEFECT_REPORT_UNTIL.set(execution, live.hiddenDefectReportUntil());
    DeliveryVariables.HIDDEN_DEFECT_REPORT_DEADLINE_KEY.set(execution,
        live.hiddenDefectReportDeadlineKey());
    DeliveryVariables.HIDDEN_DEFECT_ACTION_UNTIL.set(execution, live.hiddenDefectActionUntil());
    DeliveryVariables.HIDDEN_DEFECT_ACTION_DEADLINE_KEY.set(execution,
        live.hiddenDefectActionDeadlineKey());
  }

  private static String noticeKey(DelegateExecution execution, String purpose) {
    return NoticeRequest.keyOf(execution.getProcessInstanceId(), execution.getCurrentActivityId(),
        purpose);
  }
}
