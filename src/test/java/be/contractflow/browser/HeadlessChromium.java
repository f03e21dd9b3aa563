package be.contractflow.browser;

import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and its chromedriver (on a free port) for the browser tests;
 * {@code CHROME_BIN} and {@code CHROMEDRIVER} override the paths.
 */
final class HeadlessChromium {

  private HeadlessChromium() {}

  /** A new browser window of that size, English user interface. */
  static WebDriver open(int width, int height) {
    ChromeOptions options = new ChromeOptions()
        .setBinary(env("CHROME_BIN", "/usr/bin/chromium"))
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
            "--window-size=" + width + "," + height, "--lang=en");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
