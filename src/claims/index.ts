/** Claims compared across sources: grouping claims by question, and the claims board. */
import { Services } from '../services';
import { BoardModel, buildBoard } from './boardModel';
import { ClaimsBoardPanel } from './panel';

export { groupClaim } from './groupClaim';
export { exportClaimsBoard } from './export';

// The command table hands handlers only the Services, so the one panel per window is kept
// here, and disposed with the extension through its context.
const panels = new WeakMap<Services, ClaimsBoardPanel>();

/** `transcriptAnnotator.showClaimsBoard`: opens the board; returns the number of questions it shows. */
export function showClaimsBoard(services: Services): { groups: number } {
  let panel = panels.get(services);
  if (!panel) {
    panel = new ClaimsBoardPanel(services);
    panels.set(services, panel);
    services.context.subscriptions.push(panel);
  }
  return { groups: panel.show().groups.length };
}

/** `transcriptAnnotator.getClaimsBoard` (internal, for tests): the board's data model. */
export function getClaimsBoard(services: Services): BoardModel {
  return buildBoard(services);
}
