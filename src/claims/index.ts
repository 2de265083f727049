/** Claims compared across sources: grouping claims by question, and the claims board. */
import { Services } from '../services';
import { BoardModel, buildBoard } from './boardModel';
import { ClaimsBoardPanel } from './panel';
import { SourceNames } from './sourceNames';

export { groupClaim } from './groupClaim';
export { exportClaimsBoard } from './export';

// The command table hands handlers only the Services, so the one panel per window is kept
// here, and disposed with the extension through its context.
const panels = new WeakMap<Services, ClaimsBoardPanel>();

/** `transcriptAnnotator.showClaimsBoard`: opens the board; returns the number of questions it shows. */
export function showClaimsBoard(services: Services): { groups: number } {
  return { groups: panelOf(services).show().groups.length };
}

function panelOf(services: Services): ClaimsBoardPanel {
  let panel = panels.get(services);
  if (!panel) {
    panel = new ClaimsBoardPanel(services, sourceNamesOf(services));
    panels.set(services, panel);
    services.context.subscriptions.push(panel);
  }
  return panel;
}

const sourceNames = new WeakMap<Services, SourceNames>();

/** The one reader of source names per window, shared by the board and the test API. */
export function sourceNamesOf(services: Services): SourceNames {
  let names = sourceNames.get(services);
  if (!names) {
    names = new SourceNames();
    sourceNames.set(services, names);
    services.context.subscriptions.push(names);
  }
  return names;
}

/** For the test API (src/testApi.ts): the board's data model, its sources named. */
export async function getClaimsBoard(services: Services): Promise<BoardModel> {
  const names = sourceNamesOf(services);
  await names.read(services.index.index.allClaims().map((ref) => ref.key));
  return buildBoard(services, (uri) => names.nameOf(uri));
}

/** `{ type: 'group', question }` from the board, handled as the panel handles it (internal, for tests). */
export function sendClaimsBoardMessage(services: Services, message: unknown): Promise<number | undefined> {
  return panelOf(services).receiveForTest(message);
}
