// Weights of the speaker ranker (speaker-ranker.ts), written by bench/polnear/train-ranker.ts --write on PolNeAR
// `train` (1003 candidates of 255 quotes); do not edit by hand.
export const RANKER_BIAS = -1.895;
export const RANKER_THRESHOLD = 0.55;
/** One weight per feature, in the order of FEATURES. */
export const RANKER_WEIGHTS: readonly number[] = [
  0.899, // sameBlock
  -0.282, // prevBlock
  -0.672, // twoBack
  -1.067, // threeBack
  -1.529, // afterInBlock
  0.993, // nearRank0
  0.748, // nearRank1
  0.384, // charDist
  0.37, // verbNext
  0.063, // verbBefore
  0.621, // subject
  -0.563, // reportingSubject
  0.171, // lastSpeaker
  0.519, // lastPerson
  -0.372, // person
  -0.75, // org
  -0.612, // mentions
  -0.637, // mentionsNear
  0.406, // quotedBefore
  -0.207, // possessive
  0.657, // quoteOpensBlock
  0.005, // partial
  0.875, // sameSentence
  -1.152, // afterPreposition
  0.422, // afterVerb
];
