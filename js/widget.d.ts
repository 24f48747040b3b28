// Importing 'presswatch/widget' defines <presswatch-classifier> (once, however often imported).
export {
  PresswatchClassifierElement,
  DEFAULT_MIN_SCORE,
  FOLLOW_DEBOUNCE_MS,
  type Classifier,
} from './element.js';
export { default } from './element.js';
