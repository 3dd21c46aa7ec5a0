package org.perfgoals.notification.domain;

/**
 * A notification's e-mail: NONE (no mail: the user wants none, has no address, or mail is off), PENDING (to send,
 * from its next attempt on), SENDING (claimed by one node's sender), SENT, FAILED (given up after the last attempt),
 * DIGEST (waits for the recipient's daily digest).
 */
public enum MailState {
    NONE, PENDING, SENDING, SENT, FAILED, DIGEST
}
