// The server's nickname word list (server/names): what the class is spared on the projector, what ordinary names
// get through, that the list stays on the server (no client module reaches it), and a class on "generated names
// only" seating a suggested name and refusing an own one, on a real server.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRude, parseWordList, vetNickname, wordList } from "../../server/names/wordFilter";
import { suggestNickname } from "../../shared/game/nickname";
import { JoinErrorCode } from "../../shared/protocol";
import { createRng } from "../helpers/rng";
import { joinError, newDevice, startTestServer, type TestServer, waitFor } from "../helpers/server";

describe("the server's word list", () => {
  it("refuses rude names however they are spaced, spelt, styled or disguised", () => {
    const rude = [
      "fuck",
      "F u c k",
      "fuuuck",
      "sh1t",
      "B1tch face",
      "ass",
      "a s s",
      "kys",
      "ｆｕｃｋ", // full-width
      "𝐟𝐮𝐜𝐤", // mathematical bold
      "Fuсk", // Cyrillic с: refused as a mixed alphabet and by the filter's look-alike reading
      "ѕһіт", // all Cyrillic look-alikes
      "сука",
      "n1gga",
      "s1ut",
      "Shit Face",
      "Fück",
      "Big Penis",
    ];
    for (const name of rude) expect(vetNickname(name).ok, name).toBe(false);
    expect(isRude("Fuсk")).toBe(true);
  });

  it("admits ordinary names, including the ones an over-eager folding refused", () => {
    const ordinary = [
      "Nigel",
      "Niger Delta",
      "Nigeria",
      "Bob",
      "Cassidy",
      "Scunthorpe",
      "Penistone",
      "Hannah",
      "Matteo",
      "Assia",
      "Titus",
      "Grace",
      "Grape",
      "Peacock",
      "Hancock",
      "Dickens",
      "Sussex",
      "Essex",
      "Atwater",
      "Therapist",
      "Swanky Sam",
      "Yoshitaka",
      "Matsushita",
      "Shiitake",
      "Sextus",
      "Cockburn",
      "Analise",
      "Homo Sapiens",
      "Zoë 2",
      "Łukasz",
      "Анна",
      "Ngọc Anh",
      "Kunal",
      "Pushpa",
      "Wanda",
      "Cumberbatch",
      "Shabnam",
      "Nazira",
      "Raphael",
      "Rapeta",
    ];
    for (const name of ordinary) expect(vetNickname(name), name).toEqual({ ok: true, value: name.normalize("NFKC") });
  });

  it("admits every suggested name", () => {
    const rng = createRng(11);
    for (let i = 0; i < 500; i++) {
      const name = suggestNickname((n) => Math.floor(rng() * n));
      expect(vetNickname(name), name).toEqual({ ok: true, value: name });
    }
  });

  it("keeps every exception meaningful: each contains an entry the list refuses", () => {
    const list = wordList();
    expect(list.exceptions.size).toBeGreaterThan(0);
    const withoutExceptions = { ...list, exceptions: new Set<string>() };
    for (const word of list.exceptions) {
      expect(
        withoutExceptions.anywhere.some((p) => p.test(word)),
        word,
      ).toBe(true);
    }
    const tiny = parseWordList("# comment\nbad\n=ugh\n!badminton\n");
    expect(tiny.anywhere).toHaveLength(1);
    expect(tiny.words).toHaveLength(1);
    expect([...tiny.exceptions]).toEqual(["badminton"]);
  });

  it("is never imported by the client: no module the phone loads reaches server/", () => {
    const root = resolve(import.meta.dirname, "../..");
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/(?:from\s*|import\s*\(?\s*)["'](\.[^"']+)["']/g)) {
        const base = resolve(dirname(file), (m[1] ?? "").replace(/\?.*$/, ""));
        const target = [base, `${base}.ts`, join(base, "index.ts")].find((c) => existsSync(c) && statSync(c).isFile());
        if (target?.endsWith(".ts")) visit(target);
        else if (target) seen.add(target);
      }
    };
    visit(join(root, "client/src/main.ts"));
    expect(seen.size).toBeGreaterThan(20);
    const reached = [...seen].map((f) => f.slice(root.length + 1));
    expect(reached.filter((f) => f.startsWith("server/") || f.includes("blocked-words"))).toEqual([]);
    expect(reached).toContain("shared/game/nickname.ts");
    expect(readFileSync(join(root, "shared/game/nickname.ts"), "utf8")).not.toMatch(/fuck|cunt|nigg/);
  });
});

describe("a class on generated names only", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t.close();
  });

  it("refuses rude names at the door; with the teacher's switch on, seats a suggested name and refuses an own one", async () => {
    const created = await t.createClass();
    const host = await t.client().joinById<{ generatedNamesOnly: boolean }>(created.code, {
      hostSecret: created.hostSecret,
    });
    const rude = await joinError(t.client().joinById(created.code, { nickname: "ｆｕｃｋ", deviceToken: newDevice() }));
    expect(rude.code).toBe(JoinErrorCode.nicknameInvalid);
    const before = await t.client().joinById(created.code, { nickname: "Nigel", deviceToken: newDevice() });

    host.send("names", { generatedOnly: true });
    await waitFor(() => host.state.generatedNamesOnly === true, "generated names only");
    const own = await joinError(t.client().joinById(created.code, { nickname: "Ada", deviceToken: newDevice() }));
    expect(own.code).toBe(JoinErrorCode.nicknameInvalid);
    expect(own.message).toMatch(/Suggest a name/);
    const suggested = await t.client().joinById(created.code, { nickname: "Brave Axon", deviceToken: newDevice() });
    expect(suggested.sessionId).toBeTruthy();

    // A student cannot flip the switch back.
    suggested.send("names", { generatedOnly: false });
    await new Promise((r) => setTimeout(r, 150));
    expect(host.state.generatedNamesOnly).toBe(true);
    host.send("names", { generatedOnly: false });
    await waitFor(() => host.state.generatedNamesOnly === false, "own names again");
    const later = await t.client().joinById(created.code, { nickname: "Ada", deviceToken: newDevice() });
    for (const room of [later, suggested, before, host]) await room.leave();
  });
});
