package be.contractflow.terms;

import be.contractflow.money.StatutoryRates;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The statutory rates in force: the latest deployed version of decision {@value
 * StatutoryRates#DECISION} ({@code bpmn/statutory-rates.dmn}), which a process owner extends with
 * a row per published half-year and deploys from Camunda Modeler, without a build. Read once per
 * deployed version (one query per call to find the latest).
 */
@Component
public class StatutoryRateTable {

  private record Cached(String definitionId, StatutoryRates rates) {}

  private final RepositoryService repository;
  private volatile Cached cached;

  public StatutoryRateTable(RepositoryService repository) {
    this.repository = repository;
  }

  /** The table of the latest deployed version. */
  public StatutoryRates current() {
    DecisionDefinition latest = repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(StatutoryRates.DECISION).latestVersion().singleResult();
    if (latest == null) {
      throw new IllegalStateException("decision '" + StatutoryRates.DECISION + "' is not "
          + "deployed: deploy bpmn/statutory-rates.dmn");
    }
    Cached seen = cached;
    if (seen != null && seen.definitionId().equals(latest.getId())) {
      return seen.rates();
    }
    StatutoryRates rates = StatutoryRates.fromDecision(StatutoryRates.DECISION + " v"
        + latest.getVersion(), repository.getDmnModelInstance(latest.getId()));
    cached = new Cached(latest.getId(), rates);
    return rates;
  }
}
