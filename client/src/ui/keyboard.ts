// Keyboard play: each action button has a key; pressing it (outside text fields) presses the button.

export function bindKeys(buttons: Map<string, HTMLButtonElement>): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
    // Space on a focused button already presses that button.
    if (event.key === " " && target?.tagName === "BUTTON") return;
    const button = buttons.get(event.key.toLowerCase());
    if (!button) return;
    event.preventDefault();
    button.click();
  };
  document.addEventListener("keydown", onKey);
  return () => document.removeEventListener("keydown", onKey);
}
