// The process's one store, opened at start-up (DATA_DIR, default ./data) and closed at shutdown.
import { openDatabase } from "./database";
import { Store } from "./store";

let store: Store | null = null;

export function openStore(dataDir: string): Store {
  store = new Store(openDatabase(dataDir));
  return store;
}

export function getStore(): Store {
  if (!store) throw new Error("The store is not open: call openStore(dataDir) at start-up.");
  return store;
}

export function closeStore(): void {
  store?.db.close();
  store = null;
}
