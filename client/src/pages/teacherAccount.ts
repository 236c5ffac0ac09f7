// The teacher's account on the dashboard: the recovery code (to open the dashboard, and host, on another device),
// signing out, revoking old links and other browsers, deleting everything; and the sign-in page a browser that is
// not signed in sees, which takes a recovery code.
import { ApiError } from "../net/api";
import { saveHostSecret } from "../net/device";
import {
  type Account,
  deleteEverything,
  newRecoveryCode,
  rehostSession,
  revokeEverywhere,
  type SessionSummary,
  signIn,
  signOut,
} from "../net/teacherApi";
import { h, messageBox, show } from "../ui/dom";
import { when } from "../ui/table";

const errorText = (error: unknown) =>
  error instanceof ApiError ? error.message : "Something went wrong. Try again in a moment.";

/** A just-made recovery code, shown once with what to do with it. */
function recoveryNotice(code: string): HTMLElement {
  return h(
    "div",
    { class: "message message-info", role: "status" },
    h("p", {}, "Your recovery code (shown only now — write it down or keep it in a password manager):"),
    h("p", { class: "recovery-code" }, code),
    h("p", {}, "On another computer, open /teacher and type it to see these classes and host them there."),
  );
}

/** "Host here": this browser takes over an open class (the teacher's other device started it). */
export function hostHereButton(s: SessionSummary, status: HTMLElement): HTMLElement {
  return h(
    "button",
    {
      type: "button",
      class: "small secondary",
      onclick: async () => {
        try {
          const { code, hostSecret } = await rehostSession(s.id);
          saveHostSecret(code, hostSecret);
          window.location.assign(`/host/${code}`);
        } catch (error) {
          status.replaceChildren(messageBox("error", errorText(error)));
        }
      },
    },
    `Host class ${s.code} here`,
  );
}

export function accountSection(account: Account): HTMLElement {
  const message = h("div", { class: "form-message", "aria-live": "polite" });
  const act = (run: () => Promise<void>) => async () => {
    try {
      await run();
    } catch (error) {
      message.replaceChildren(messageBox("error", errorText(error)));
    }
  };
  const button = (label: string, run: () => Promise<void>, cls = "small secondary") =>
    h("button", { type: "button", class: cls, onclick: act(run) }, label);
  return h(
    "section",
    { class: "account", "aria-labelledby": "account-heading" },
    h("h2", { id: "account-heading" }, "Your dashboard on other devices"),
    h(
      "p",
      {},
      account.recoveryCodeSince
        ? `You made a recovery code on ${when(account.recoveryCodeSince)}. Making a new one replaces it.`
        : "You have no recovery code yet. Without one, these classes can be opened only from the browsers signed in now.",
      ` Signed-in browsers: ${account.signedInBrowsers}.`,
    ),
    message,
    h(
      "div",
      { class: "host-controls" },
      button(account.recoveryCodeSince ? "Make a new recovery code" : "Make a recovery code", async () => {
        message.replaceChildren(recoveryNotice(await newRecoveryCode()));
      }),
      button("Sign out of this browser", async () => {
        await signOut();
        window.location.assign("/");
      }),
      button("Sign out everywhere else", async () => {
        const ok = window.confirm(
          "Sign out every other browser, and stop earlier dashboard links and your recovery code from working? You get a new recovery code.",
        );
        if (ok) message.replaceChildren(recoveryNotice(await revokeEverywhere()));
      }),
    ),
    h("h2", {}, "Delete your data"),
    h(
      "p",
      {},
      "Deletes every class, report and homework of yours, with the students' nicknames and answers, from this server. Open classes close. This cannot be undone.",
    ),
    button(
      "Delete all my data",
      async () => {
        const ok = window.confirm("Delete all your classes, reports and homework for good?");
        if (!ok) return;
        await deleteEverything();
        show(
          h(
            "section",
            { class: "panel" },
            h("h1", {}, "Your data is deleted"),
            h(
              "p",
              {},
              "Every class, report and homework of yours is gone from this server, and this browser is signed out.",
            ),
            h("a", { href: "/", class: "button-link" }, "Back to the start"),
          ),
        );
      },
      "small danger",
    ),
  );
}

/** For a browser that is not signed in: open the dashboard with the recovery code. */
export function signInPage(reason: string, onSignedIn: () => void): void {
  const input = h("input", { id: "recovery-code", name: "recovery-code", autocomplete: "off", spellcheck: "false" });
  const message = h("div", { class: "form-message" });
  const form = h(
    "form",
    { class: "panel", novalidate: true },
    h("h1", {}, "Teacher dashboard"),
    h("p", {}, reason),
    h("label", { for: "recovery-code" }, "Recovery code"),
    input,
    h("p", { class: "hint" }, "The code you wrote down from your dashboard, like 7KQ2M-XR4TB-9PWCH-3MDNE."),
    message,
    h("button", { type: "submit", class: "big primary" }, "Open my dashboard"),
    h("p", {}, h("a", { href: "/host" }, "Host a new class instead")),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await signIn({ recoveryCode: input.value });
      onSignedIn();
    } catch (error) {
      message.replaceChildren(messageBox("error", errorText(error)));
      input.focus();
    }
  });
  show(form);
}

/**
 * An earlier release's private link (/teacher/<token>): exchanged once for this browser's cookie sign-in, then the
 * address becomes /teacher, so the token leaves the address bar and the history entry.
 */
export async function signInWithOldLink(token: string, search: string): Promise<void> {
  window.history.replaceState({}, "", `/teacher${search}`);
  try {
    await signIn({ token });
  } catch {
    // Not valid (revoked, or never was): the dashboard explains and offers the recovery code.
  }
}
