package be.contractflow.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Refuses, in every Spring test context, a mail sender pointed at a port no test opened (issue 11
 * item 13: e-mails of the test fixtures reached a mail catcher another program had opened on
 * 127.0.0.1:1025). The context fails to start and says what to do instead.
 */
public class TestMailGuard implements BeanPostProcessor {

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof JavaMailSenderImpl sender
        && !TestSmtp.openedByTests(sender.getHost(), sender.getPort())) {
      throw new IllegalStateException("A test context would send mail to " + sender.getHost() + ":"
          + sender.getPort() + ", a port no test opened (another program may listen there). "
          + "Leave spring.mail unset in tests (every context mails TestSmtp.sink()), or set "
          + "spring.mail.host=127.0.0.1 and spring.mail.port to a GreenMail on "
          + "TestSmtp.onFreePort().");
    }
    return bean;
  }
}
