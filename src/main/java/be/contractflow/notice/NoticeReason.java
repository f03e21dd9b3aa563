package be.contractflow.notice;

import java.util.Objects;

/**
 * The reason a notice gives: either the words staff typed, shown as typed (a decision is never
 * translated), or a sentence said in the client's language ({@link NoticeText}).
 */
public sealed interface NoticeReason permits NoticeReason.AsTyped, NoticeText {

  /** Words staff (or an earlier model version) wrote: shown as they are. */
  record AsTyped(String text) implements NoticeReason {
    public AsTyped {
      Objects.requireNonNull(text, "text");
    }
  }

  /** {@code text} as typed; null for null (the notice leaves the line out). */
  static NoticeReason asTyped(String text) {
    return text == null ? null : new AsTyped(text);
  }
}
