// Per-client message limits for a room: a token bucket per connection; over the limit a message is dropped
// with one "slow down" notice a second; a sustained flood is protocol abuse and ends the connection.
import type { Client } from "colyseus";
import { CloseCode } from "../../shared/protocol";
import { ABUSE_REFUSALS, CLIENT_MESSAGES } from "../security/limits";
import { TokenBucket } from "../security/rateLimit";
import { refuse } from "./classSession";

interface ClientBudget {
  bucket: TokenBucket;
  droppedInRow: number;
  lastNoticeMs: number;
}

export class MessageGuard {
  private budgets = new WeakMap<Client, ClientBudget>();

  /** True if the message may be handled; otherwise it has been dealt with (dropped or the client closed). */
  admit(client: Client, now = Date.now()): boolean {
    let budget = this.budgets.get(client);
    if (!budget) {
      budget = { bucket: new TokenBucket(CLIENT_MESSAGES, now), droppedInRow: 0, lastNoticeMs: 0 };
      this.budgets.set(client, budget);
    }
    if (budget.bucket.take(now)) {
      budget.droppedInRow = 0;
      return true;
    }
    budget.droppedInRow += 1;
    if (budget.droppedInRow >= ABUSE_REFUSALS) {
      client.leave(CloseCode.protocolAbuse);
      return false;
    }
    if (now - budget.lastNoticeMs >= 1000) {
      budget.lastNoticeMs = now;
      refuse(client, "rate-limited", "Slow down: too many messages at once.");
    }
    return false;
  }
}
