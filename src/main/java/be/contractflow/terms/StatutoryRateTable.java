package be.contractflow.terms;

import be.contractflow.money.StatutoryRates;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The statutory rates in force: the latest deployed version of decision {@value
 * StatutoryRates#DECISION} ({@code bpmn/statutory-rates.dmn}), which a process owner extends with
 * a row per published half-year and deploys from Camunda Modeler, without a build. Read once per
 * deployed version; which version is the latest comes from {@link LatestDecisions} (issue 16: the
 * look-up was a decision-definition query per reminder, 4.8 % of the executor's CPU in the
 * month-end storm).
 */
@Component
public class StatutoryRateTable {

  private record Loaded(String definitionId, StatutoryRates rates) {}

  private final RepositoryService repository;
  private final LatestDecisions latestDecisions;
  private volatile Loaded loaded;

  public StatutoryRateTable(RepositoryService repository, LatestDecisions latestDecisions) {
    this.repository = repository;
    this.latestDecisions = latestDecisions;
  }

  /** The table of the latest deployed version. */
  public StatutoryRates current() {
    DecisionDefinition latest = latestDecisions.latest(StatutoryRates.DECISION).orElseThrow(() ->
        new IllegalStateException("decision '" + StatutoryRates.DECISION + "' is not "
            + "deployed: deploy bpmn/statutory-rates.dmn"));
    Loaded seen = loaded;
    if (seen != null && seen.definitionId().equals(latest.getId())) {
      return seen.rates();
    }
    StatutoryRates rates = StatutoryRates.fromDecision(
        StatutoryRates.DECISION + " v" + latest.getVersion(),
        repository.getDmnModelInstance(latest.getId()));
    loaded = new Loaded(latest.getId(), rates);
    return rates;
  }
}
