/** Every id the extension contributes, listed once under the `transcriptAnnotator.` prefix. */
export const prefix = 'transcriptAnnotator';

export const extensionId = 'transcript-annotator.transcript-annotator';

export const languageId = 'transcript';

export const outputChannelName = 'Transcript Annotator';
