package be.contractflow.process.change;

import static be.contractflow.process.VariableValues.*;

import be.contractflow.notice.NoticeRequest;
import be.contractflow.terms.TermsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ComputeHourlyRate: the rate the offer form is prefilled with (VIR-8 indexed, WJA-4). */
@Component
public class ComputeHourlyRateDelegate implements JavaDelegate {

  private final ChangeRequestService changes;
  private final TermsService terms;

  public ComputeHourlyRateDelegate(ChangeRequestService changes, TermsService terms) {
    this.changes = changes;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // input, processing
    var rate = changes.hourlyRate(ChangeRequestVariables.CONTRACT_NUMBER.get(execution),
        terms.termsOf(execution), ChangeRequestVariables.REQUEST_DATE.get(execution));
    // output
    ChangeRequestVariables.HOURLY_RATE_EXCL_VAT.set(execution, rate == null ? null : rate.amount());
    ChangeRequestVariables.HOURLY_RATE_CLAUSE.set(execution, rate == null ? null : rate.clause());
  }
}
