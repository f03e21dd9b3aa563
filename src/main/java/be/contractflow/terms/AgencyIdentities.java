package be.contractflow.terms;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The agencies' identities: the rows of the decision {@value #DECISION} ({@code
 * bpmn/agency-identity.dmn}), which a process owner edits in Modeler and deploys without a build.
 * The latest deployed version applies; each version is read and checked once. A version with a bad
 * row is refused at every read with the profile and the field ({@link AgencyIdentityChecks}), and
 * stops the application at start ({@link AgencyIdentityStartCheck}).
 */
@Service
public class AgencyIdentities {

  public static final String DECISION = "agency-identity";

  private record Version(String definitionId, List<AgencyIdentity> rows) {}

  private final DecisionService decisions;
  private final LatestDecisions latestDecisions;
  private final AtomicReference<Version> cached = new AtomicReference<>();

  /** Without deployment notifications (engine-only tests): the latest version asked each time. */
  public AgencyIdentities(DecisionService decisions, RepositoryService repository) {
    this(decisions, LatestDecisions.uncached(repository));
  }

  @Autowired
  public AgencyIdentities(DecisionService decisions, LatestDecisions latestDecisions) {
    this.decisions = decisions;
    this.latestDecisions = latestDecisions;
  }

  /** Every row of the latest version, sorted by profile, all checked. */
  public List<AgencyIdentity> all() {
    DecisionDefinition latest = latestDecisions.latest(DECISION).orElseThrow(() ->
        new IllegalStateException("The decision '" + DECISION
            + "' is not deployed: deploy bpmn/agency-identity.dmn"));
    Version version = cached.get();
    if (version != null && version.definitionId().equals(latest.getId())) {
      return version.rows();
    }
    List<AgencyIdentity> rows = decisions.evaluateDecisionTableById(latest.getId()).evaluate()
        .getResultList().stream()
        .map(AgencyIdentities::fromRow)
        .sorted(Comparator.comparing(AgencyIdentity::profile))
        .toList();
    List<String> problems = rows.stream()
        .flatMap(row -> AgencyIdentityChecks.problems(row).stream()).toList();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Decision '" + DECISION + "' version "
          + latest.getVersion() + " cannot be used: " + String.join("; ", problems));
    }
    cached.set(new Version(latest.getId(), rows));
    return rows;
  }

  /**
   * The identity of the agency of a terms profile.
   *
   * @throws IllegalStateException when the table has no row for it, or a bad row
   */
  public AgencyIdentity of(String profile) {
    return all().stream().filter(row -> row.profile().equals(profile)).findFirst()
        .orElseThrow(() -> new IllegalStateException("Decision '" + DECISION
            + "' has no row for profile '" + profile + "': add one in Camunda Modeler"));
  }

  /** One decision row (output name → value) as an identity, unchecked. */
  public static AgencyIdentity fromRow(Map<String, Object> row) {
    var components = AgencyIdentity.class.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      if (!row.containsKey(name)) {
        throw new IllegalStateException("Decision '" + DECISION + "' has no output named '" + name
            + "': every row must state it (null for a legal form the agency has not)");
      }
      Object value = row.get(name);
      values[i] = value == null ? null : value.toString().trim();
    }
    try {
      return (AgencyIdentity) AgencyIdentity.class.getDeclaredConstructors()[0].newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot build an agency identity", e);
    }
  }
}
