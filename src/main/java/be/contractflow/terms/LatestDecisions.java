package be.contractflow.terms;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which version of a decision is the latest deployed one, for every table a process owner deploys
 * from Camunda Modeler without a build: the terms ({@link TermsService}), the agencies' identities
 * ({@link AgencyIdentities}), the statutory rates ({@link StatutoryRateTable}).
 *
 * <p>Cached (issue 16: a decision-definition query per job was 5.4 % of the month-end storm, and
 * the identities added one per notice) and cleared by every deployment or deletion on this
 * engine ({@link DecisionDeployments}): a table deployed from Modeler on this node applies at the
 * next call; one deployed through another node of a cluster within {@code
 * contractflow.terms.latest-versions-max-age} (5 s).
 */
@Component
public class LatestDecisions {

  private record Cached(long generation, long loadedAt, List<DecisionDefinition> definitions) {}

  private final RepositoryService repository;
  private final long maxAgeNanos;
  /** Bumped by every deployment: a load that started before it is not kept. */
  private final AtomicLong generation = new AtomicLong();
  private final Map<String, Cached> cached = new ConcurrentHashMap<>();

  @Autowired
  public LatestDecisions(RepositoryService repository, DecisionDeployments deployments,
      @Value("${contractflow.terms.latest-versions-max-age:PT5S}") Duration maxAge) {
    this.repository = repository;
    this.maxAgeNanos = maxAge.toNanos();
    deployments.onChange(() -> {
      generation.incrementAndGet();
      cached.clear();
    });
  }

  private LatestDecisions(RepositoryService repository) {
    this.repository = repository;
    this.maxAgeNanos = 0;
  }

  /**
   * Without deployment notifications (engine-only tests, where the tables are deployed and
   * deleted under the reader): every call asks the engine.
   */
  public static LatestDecisions uncached(RepositoryService repository) {
    return new LatestDecisions(repository);
  }

  /** The latest deployed version of decision {@code key}, empty when none is deployed. */
  public Optional<DecisionDefinition> latest(String key) {
    return load("key:" + key, () -> repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(key).latestVersion().list()).stream().findFirst();
  }

  /** The latest deployed version of every decision whose key starts with {@code prefix}. */
  public List<DecisionDefinition> latestStartingWith(String prefix) {
    return load("prefix:" + prefix, () -> repository.createDecisionDefinitionQuery()
        .decisionDefinitionKeyLike(prefix + "%").latestVersion().list());
  }

  private List<DecisionDefinition> load(String cacheKey,
      Supplier<List<DecisionDefinition>> query) {
    long seenGeneration = generation.get();
    Cached seen = cached.get(cacheKey);
    if (seen != null && seen.generation() == seenGeneration
        && System.nanoTime() - seen.loadedAt() < maxAgeNanos) {
      return seen.definitions();
    }
    long loadedAt = System.nanoTime();
    List<DecisionDefinition> definitions = List.copyOf(query.get());
    if (maxAgeNanos > 0 && generation.get() == seenGeneration) {
      cached.put(cacheKey, new Cached(seenGeneration, loadedAt, definitions));
    }
    return definitions;
  }
}
