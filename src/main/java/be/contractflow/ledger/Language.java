package be.contractflow.ledger;

import java.util.Locale;

/** A client's language: French first, Dutch and English. */
public enum Language {
  fr, nl, en;

  public Locale locale() {
    return Locale.forLanguageTag(name());
  }
}
