/** The workspace-wide index over every document's annotations. */
export { WorkspaceIndex, type DocumentMention } from './workspaceIndex';
export { EntityTally, type KnownEntity } from './entityTally';
