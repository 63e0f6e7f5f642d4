/**
 * Weights of the headline model (headline-model.ts). Generated from headline-weights.json (the
 * source of truth, written by scripts/fit-headline.mjs).
 * Do not edit by hand: run the script again (`--emit-ts` regenerates this file from the JSON).
 */
export const WEIGHTS = {
  "version": 11,
  "features": [
    "bias",
    "shaped",
    "near",
    "labelled",
    "words",
    "short",
    "long",
    "endMark",
    "capitals",
    "distance",
    "nearest",
    "anchorBelow",
    "anchorAbove",
    "repeated",
    "again",
    "listy",
    "overlap",
    "overlapLead",
    "separator",
    "first",
    "top",
    "inBody"
  ],
  "w": [
    0.859,
    0.379,
    1.104,
    -0.232,
    0.324,
    0,
    -0.425,
    -0.476,
    -0.169,
    -0.398,
    0.247,
    1.503,
    0.67,
    0.553,
    0.45,
    -0.279,
    1.583,
    1.042,
    0.405,
    1.219,
    0.6,
    -0.949
  ],
  "threshold": 1.5
} as const;
