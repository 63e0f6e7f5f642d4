/**
 * Weights of the headline model (headline-model.ts), written by scripts/fit-headline.mjs
 * from the tune halves (274 pages with their title among the candidates).
 * Do not edit by hand: run the script again and commit the new version.
 */
export const WEIGHTS = {
  "version": 10,
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
    0.909,
    0.352,
    1.09,
    -0.258,
    0.307,
    0,
    -0.418,
    -0.484,
    -0.153,
    -0.341,
    0.222,
    1.406,
    0.65,
    0.607,
    0.466,
    -0.299,
    1.561,
    1.015,
    0.397,
    1.185,
    0.36,
    -0.956
  ],
  "threshold": 1.5
} as const;
