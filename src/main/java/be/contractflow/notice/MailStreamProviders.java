package be.contractflow.notice;

/**
 * Names Jakarta Mail's stream provider once, so that encoding a message does not search the class
 * path for it (issue 16). Jakarta Mail 2.1 looks its {@code StreamProvider} up again for every
 * header it encodes and every part it writes, with a {@link java.util.ServiceLoader} that opens
 * every jar of the class path (jakartaee/mail-api#861, open): in the month-end storm that was half
 * of the relay's CPU. The lookup reads the system property {@code jakarta.mail.util.StreamProvider}
 * first; set to the provider the service loader finds (Angus Mail's, the only one the application
 * ships), it becomes the loading of a class already loaded. A value set on the command line is
 * kept.
 */
final class MailStreamProviders {

  static final String PROPERTY = "jakarta.mail.util.StreamProvider";
  static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

  private MailStreamProviders() {}

  /** Names Angus Mail's provider unless a provider is already named or Angus Mail is absent. */
  static void nameOnce() {
    if (System.getProperty(PROPERTY) != null) {
      return;
    }
    try {
      Class.forName(ANGUS, false, MailStreamProviders.class.getClassLoader());
    } catch (ClassNotFoundException absent) {
      return; // another implementation: the service loader finds it as before
    }
    System.getProperties().putIfAbsent(PROPERTY, ANGUS);
  }
}
