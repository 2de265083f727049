/** Thrown by an importer when the file is not in its format at all (as opposed to items it cannot place). */
export class ImportFormatError extends Error {
  override readonly name = 'ImportFormatError';
}
