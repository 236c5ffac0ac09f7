// Colours of the figure (Okabe–Ito, safe for the common colour-vision deficiencies) and the shape + label of
// every token, so that no ion or molecule is told apart by colour alone.

export const COLOURS = {
  ink: 0x0f2742,
  paper: 0xf7f9fc,
  outside: 0xeaf3fb,
  inside: 0xfdf3e7,
  membrane: 0x0072b2,
  nerve: 0xe8e2c8,
  muscle: 0xf1d3e4,
  sarcomere: 0xcc79a7,
  grid: 0xc9d3df,
  trace: 0x0072b2,
  force: 0xd55e00,
  threshold: 0xd55e00,
  rest: 0x4a5a6e,
  open: 0x009e73,
  closed: 0x4a5a6e,
  inactivated: 0xd55e00,
} as const;

export type TokenKind = "na" | "k" | "ca" | "ach" | "atp";
export type TokenShape = "circle" | "square" | "diamond" | "triangle" | "hexagon";

export interface TokenSpec {
  label: string;
  shape: TokenShape;
  fill: string;
}

export const TOKENS: Record<TokenKind, TokenSpec> = {
  na: { label: "Na+", shape: "circle", fill: "#E69F00" },
  k: { label: "K+", shape: "square", fill: "#56B4E9" },
  ca: { label: "Ca2+", shape: "diamond", fill: "#009E73" },
  ach: { label: "ACh", shape: "triangle", fill: "#F0E442" },
  atp: { label: "ATP", shape: "hexagon", fill: "#CC79A7" },
};

/** Token texture size, px (drawn at this size; scaled down on small screens). */
export const TOKEN_PX = 40;
