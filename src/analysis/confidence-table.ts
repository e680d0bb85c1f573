/**
 * Confidence by "<link> <how>" of an attribution's evidence, calibrated on PolNeAR train by
 * bench/polnear-calibrate.ts (which writes this file; do not edit by hand): high where the engine's speaker
 * agrees with the annotators' at a Wilson lower bound of at least 93 %, medium at 85 %. Not listed: low.
 */
import type { Confidence } from './types.ts';

export const CONFIDENCE_TABLE: Readonly<Record<string, Confidence>> = {
  // 94.6 % of 1917, lower bound 93.5 %
  'adjacent name': 'high',
  // 96.7 % of 1087, lower bound 95.4 %
  'continuation continuation': 'high',
  // 94.4 % of 854, lower bound 92.6 %
  'adjacent pronoun': 'medium',
  // 88.9 % of 784, lower bound 86.5 %
  'sentence name': 'medium',
  // 84.2 % of 234, lower bound 79.0 %
  'sentence pronoun': 'low',
  // 90.3 % of 226, lower bound 85.7 %
  'adjacent description': 'medium',
  // 75.7 % of 169, lower bound 68.8 %
  'sentence description': 'low',
  // 68.8 % of 93, lower bound 58.8 %
  'sentence-subject name': 'low',
  // 48.4 % of 64, lower bound 36.6 %
  'sentence-subject description': 'low',
  // 92.1 % of 63, lower bound 82.7 %
  'adjacent organisation': 'low',
  // 76.7 % of 43, lower bound 62.3 %
  'sentence organisation': 'low',
  // 100.0 % of 15, lower bound 79.6 %
  'sentence-subject pronoun': 'low',
  // 63.6 % of 11, lower bound 35.4 %
  'sentence-subject organisation': 'low',
};
