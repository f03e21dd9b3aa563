package be.contractflow.terms;

import java.util.List;

/** A terms profile id with no row in the {@code terms-profiles} decision. */
public class UnknownTermsProfileException extends RuntimeException {

  private final String profile;
  private final List<String> knownProfiles;

  public UnknownTermsProfileException(String profile, List<String> knownProfiles) {
    super("Unknown terms profile '" + profile + "'; known profiles: " + String.join(", ", knownProfiles));
    this.profile = profile;
    this.knownProfiles = List.copyOf(knownProfiles);
  }

  public String profile() {
    return profile;
  }

  public List<String> knownProfiles() {
    return knownProfiles;
  }
}
