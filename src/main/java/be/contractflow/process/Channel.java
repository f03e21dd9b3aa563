package be.contractflow.process;

/** How an event reached the agency; some clauses require a registered letter (WJA-15, WJA-21). */
public enum Channel {
  EMAIL, REGISTERED_LETTER, PHONE, IN_PERSON
}
