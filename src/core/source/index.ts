/** A document's source (outlet, title, address, date, language): proposals from the text and display names. */
export { proposePublished, proposeTitle } from './propose';
export { distinctSourceLabels, sourceLabel } from './label';
