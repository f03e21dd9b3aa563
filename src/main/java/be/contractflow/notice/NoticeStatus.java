package be.contractflow.notice;

/**
 * Where a notice stands in the outbox.
 *
 * <ul>
 *   <li>{@link #PENDING}: an email waiting for the relay (again, after a failed attempt);
 *   <li>{@link #SENDING}: claimed by one relay node; a claim older than the claim timeout is
 *       taken over by another node;
 *   <li>{@link #SENT}: accepted by the SMTP server, {@code sentAt} recorded;
 *   <li>{@link #FAILED}: every attempt failed; kept and listed until staff requeue it;
 *   <li>{@link #AWAITING_POSTING}: a registered letter waiting for staff to post it;
 *   <li>{@link #POSTED}: a registered letter posted, {@code sentAt} = the posting date.
 * </ul>
 */
public enum NoticeStatus {
  PENDING,
  SENDING,
  SENT,
  FAILED,
  AWAITING_POSTING,
  POSTED
}
