/**
 * Weights of the headline model (headline-model.ts). Generated from headline-weights.json (the
 * source of truth, written by scripts/fit-headline.mjs).
 * Do not edit by hand: run the script again (`--emit-ts` regenerates this file from the JSON).
 */
export const WEIGHTS = {
  "version": 12,
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
    0.863,
    0.409,
    1.037,
    -0.473,
    0.31,
    0,
    -0.414,
    -0.46,
    -0.122,
    -0.442,
    0.247,
    1.511,
    0.681,
    0.535,
    0.408,
    -0.444,
    1.569,
    1.092,
    0.412,
    1.182,
    0.587,
    -1.054
  ],
  "threshold": 1.5
} as const;
