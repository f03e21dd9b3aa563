package be.contractflow.security;

import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test only: an /api endpoint that answers who called it. */
@RestController
class EchoTestController {

  static final String PATH = "/api/test-echo";

  @GetMapping(PATH)
  Map<String, Object> read(@AuthenticationPrincipal CurrentUser user) {
    return Map.of("userId", user.userId(), "groupIds", user.groupIds());
  }

  @PostMapping(PATH)
  Map<String, Object> write() {
    CurrentUser user = CurrentUser.require();
    return Map.of("userId", user.userId(), "groupIds", user.groupIds());
  }
}
