// Weights of the speaker ranker (speaker-ranker.ts), written by bench/polnear/train-ranker.ts --write on PolNeAR
// `train` (1019 candidates of 257 quotes); do not edit by hand.
export const RANKER_BIAS = -1.901;
export const RANKER_THRESHOLD = 0.55;
/** One weight per feature, in the order of FEATURES. */
export const RANKER_WEIGHTS: readonly number[] = [
  0.864, // sameBlock
  -0.299, // prevBlock
  -0.719, // twoBack
  -0.974, // threeBack
  -1.535, // afterInBlock
  1.002, // nearRank0
  0.713, // nearRank1
  0.462, // charDist
  0.354, // verbNext
  -0.04, // verbBefore
  0.573, // subject
  -0.558, // reportingSubject
  0.161, // lastSpeaker
  0.505, // lastPerson
  -0.344, // person
  -0.784, // org
  -0.58, // mentions
  -0.727, // mentionsNear
  0.413, // quotedBefore
  -0.235, // possessive
  0.631, // quoteOpensBlock
  -0.01, // partial
  0.936, // sameSentence
  -1.181, // afterPreposition
  0.67, // afterVerb
];
