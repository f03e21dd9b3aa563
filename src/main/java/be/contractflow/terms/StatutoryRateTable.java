package be.contractflow.terms;

import be.contractflow.money.StatutoryRates;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The statutory rates in force: the latest deployed version of decision {@value
 * StatutoryRates#DECISION} ({@code bpmn/statutory-rates.dmn}), which a process owner extends with
 * a row per published half-year and deploys from Camunda Modeler, without a build. Read once per
 * deployed version; which version is the latest is cached like {@link TermsService#latestVersions}
 * (issue 16: the look-up was a decision-definition query per reminder, 4.8 % of the executor's CPU
 * in the month-end storm): cleared by every deployment or deletion on this engine ({@link
 * DecisionDeployments}), and kept at most {@code contractflow.terms.latest-versions-max-age} (5 s)
 * for a deployment made through another node.
 */
@Component
public class StatutoryRateTable {

  private record Cached(String definitionId, StatutoryRates rates, long generation,
      long loadedAt) {}

  private final RepositoryService repository;
  private final long maxAgeNanos;
  private final AtomicLong deploymentGeneration = new AtomicLong();
  private volatile Cached cached;

  public StatutoryRateTable(RepositoryService repository, DecisionDeployments deployments,
      @Value("${contractflow.terms.latest-versions-max-age:PT5S}") Duration maxAge) {
    this.repository = repository;
    this.maxAgeNanos = maxAge.toNanos();
    deployments.onChange(() -> deploymentGeneration.incrementAndGet());
  }

  /** The table of the latest deployed version. */
  public StatutoryRates current() {
    Cached seen = cached;
    long generation = deploymentGeneration.get();
    if (seen != null && seen.generation() == generation
        && System.nanoTime() - seen.loadedAt() < maxAgeNanos) {
      return seen.rates();
    }
    long loadedAt = System.nanoTime();
    DecisionDefinition latest = repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(StatutoryRates.DECISION).latestVersion().singleResult();
    if (latest == null) {
      throw new IllegalStateException("decision '" + StatutoryRates.DECISION + "' is not "
          + "deployed: deploy bpmn/statutory-rates.dmn");
    }
    StatutoryRates rates = seen != null && seen.definitionId().equals(latest.getId())
        ? seen.rates()
        : StatutoryRates.fromDecision(StatutoryRates.DECISION + " v" + latest.getVersion(),
            repository.getDmnModelInstance(latest.getId()));
    if (deploymentGeneration.get() == generation) {
      cached = new Cached(latest.getId(), rates, generation, loadedAt);
    }
    return rates;
  }
}
