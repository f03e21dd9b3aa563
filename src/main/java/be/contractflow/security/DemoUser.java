package be.contractflow.security;

import java.util.List;

/**
 * A demo user of SPEC.md ("Runs"): created when {@code contractflow.demo-users=true} (the embedded
 * default and the simulation profile, never prod), with its id as password.
 *
 * @param id the user id, also its password
 * @param firstName first name shown in the webapps
 * @param groupId the one contractflow group the user belongs to
 */
public record DemoUser(String id, String firstName, String groupId) {

  /** sales, production, accounting, owner (process-owners) and auditor (auditors). */
  public static final List<DemoUser> ALL =
      List.of(
          new DemoUser("sales", "Sam", ContractflowGroups.SALES),
          new DemoUser("production", "Pat", ContractflowGroups.PRODUCTION),
          new DemoUser("accounting", "Alex", ContractflowGroups.ACCOUNTING),
          new DemoUser("owner", "Olivia", ContractflowGroups.PROCESS_OWNERS),
          new DemoUser("auditor", "Aude", ContractflowGroups.AUDITORS));

  public String password() {
    return id;
  }
}
