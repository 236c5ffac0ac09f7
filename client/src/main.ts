// Client entry: a small path router. Student pages load first and light; the host page loads on demand.
import "./styles.css";
import { landingPage } from "./pages/landing";

async function route(): Promise<void> {
  const path = window.location.pathname.replace(/\/+$/, "") || "/";
  const [, section, code] = path.split("/");
  if (section === "join") {
    const join = await import("./pages/join");
    if (code) await join.nicknamePage(decodeURIComponent(code));
    else join.codePage();
  } else if (section === "teacher") {
    const dashboard = await import("./pages/dashboard");
    if (code) await dashboard.signInWithOldLink(decodeURIComponent(code), window.location.search);
    await dashboard.dashboardPage(new URLSearchParams(window.location.search));
  } else if (section === "homework" && code) {
    const homework = await import("./pages/homework");
    await homework.homeworkPage(decodeURIComponent(code));
  } else if (section === "host") {
    const host = await import("./pages/host");
    if (code) await host.hostPage(decodeURIComponent(code).toUpperCase());
    else await host.createAndHost();
  } else {
    landingPage();
  }
}

window.addEventListener("popstate", () => void route());
void route();
