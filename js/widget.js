// Registers <presswatch-classifier>. Importing this module twice, or two copies of the
// package, is harmless: define() skips a tag that is already registered.
import { PresswatchClassifierElement } from './element.js';

PresswatchClassifierElement.define();

export { PresswatchClassifierElement };
export { DEFAULT_MIN_SCORE, FOLLOW_DEBOUNCE_MS } from './element.js';
export default PresswatchClassifierElement;
