package be.contractflow.security;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * The Camunda groups contractflow users belong to (SPEC.md, "Who uses it"). A group id is also the
 * candidate group of the user tasks that group works on, and becomes the Spring Security authority
 * {@code GROUP_<id>} on {@code /api}.
 */
public final class ContractflowGroups {

  public static final String SALES = "sales";
  public static final String PRODUCTION = "production";
  public static final String ACCOUNTING = "accounting";
  public static final String PROCESS_OWNERS = "process-owners";
  public static final String AUDITORS = "auditors";
  /** The administrators' group the Camunda starter creates with the admin user. */
  public static final String ADMINS = Groups.CAMUNDA_ADMIN;

  /** Staff who work on tasks in Tasklist. */
  public static final List<String> STAFF = List.of(SALES, PRODUCTION, ACCOUNTING);

  private static final String AUTHORITY_PREFIX = "GROUP_";

  private ContractflowGroups() {}

  /** The Spring Security authority of a Camunda group: {@code GROUP_sales}. */
  public static String authority(String groupId) {
    return AUTHORITY_PREFIX + groupId;
  }
}
