/**
 * Group Claim (`{ uri?, id?, question? }`): files a claim under the question it answers
 * ("How many people were detained?"), stored as its `question` attribute, so claims from
 * different sources line up on the claims board. Without a question it offers the suggested
 * groups this claim belongs to (which group every member at once), the existing questions,
 * and a new one. `question: ""` takes the claim out of its group.
 */
import * as vscode from 'vscode';
import { showInputBox, showQuickPick } from '../util/prompt';
import { claimQuestion, suggestGroups, withQuestion } from '../core/claims';
import { objectArg, optionalString } from '../registry/args';
import { Services } from '../services';
import { chooseClaim, ClaimTarget } from './chooseClaim';
import { counted, pluralOf } from '../core';

export interface GroupOutcome {
  /** The question now set, or undefined when the claim left its group. */
  readonly question: string | undefined;
  readonly claims: Array<{ uri: string; id: string }>;
}

interface Plan {
  readonly question: string | undefined;
  readonly members: ReadonlyArray<{ uri: vscode.Uri; id: string }>;
}

export async function groupClaim(services: Services, raw: unknown): Promise<GroupOutcome | undefined> {
  const args = objectArg(raw);
  const target = await chooseClaim(services, args, 'group');
  if (!target) return undefined;
  const given = optionalString(args, 'question');
  const plan: Plan | undefined = given !== undefined ? { question: given.trim() || undefined, members: [target] } : await askQuestion(services, target);
  if (!plan) return undefined;
  const byFile = new Map<string, { uri: vscode.Uri; ids: Set<string> }>();
  for (const member of plan.members) {
    const entry = byFile.get(member.uri.toString()) ?? { uri: member.uri, ids: new Set<string>() };
    entry.ids.add(member.id);
    byFile.set(member.uri.toString(), entry);
  }
  const label = plan.question ? `Group claim under “${plan.question}”` : 'Ungroup claim';
  for (const { uri, ids } of byFile.values()) {
    await services.annotator.change(uri, label, (current) => current.map((a) => (a.kind === 'claim' && ids.has(a.id) ? withQuestion(a, plan.question) : a)));
  }
  return { question: plan.question, claims: plan.members.map((member) => ({ uri: member.uri.toString(), id: member.id })) };
}

async function askQuestion(services: Services, target: ClaimTarget): Promise<Plan | undefined> {
  type Item = vscode.QuickPickItem & { plan?: Plan; ask?: string };
  const { index } = services.index;
  const key = target.uri.toString();
  const current = claimQuestion(target.claim);
  const suggestions = suggestGroups(index.allClaims(), { registry: services.registry.combined() }).filter((group) =>
    group.claims.some((claim) => claim.key === key && claim.id === target.id),
  );
  const separator = (label: string): Item => ({ label, kind: vscode.QuickPickItemKind.Separator });
  const items: Item[] = [];
  if (current) items.push({ label: `$(close) Remove from “${current}”`, plan: { question: undefined, members: [target] } });
  if (suggestions.length > 0) items.push(separator('Suggested groups'));
  for (const group of suggestions) {
    const sources = new Set(group.claims.map((claim) => claim.key)).size;
    items.push({
      label: group.question,
      description: `files all ${group.claims.length} claims from ${sources} sources under it`,
      detail: [group.kind && `compares ${pluralOf(group.kind)}`, group.keywords.length > 0 && `shares ${group.keywords.join(', ')}`]
        .filter(Boolean)
        .join(' · '),
      plan: { question: group.question, members: group.claims.map((claim) => ({ uri: services.index.uriOf(claim.key), id: claim.id })) },
    });
  }
  const questions = index.questions().filter((question) => question !== current);
  if (questions.length > 0) items.push(separator('Questions in use'));
  for (const question of questions)
    items.push({
      label: question,
      description: `files only this claim · ${counted(index.claimsFor(question).length, 'claim')} so far`,
      plan: { question, members: [target] },
    });
  items.push(separator(''), { label: '$(add) New question...', ask: suggestions[0]?.question ?? current ?? '' });
  const picked = await showQuickPick(items, { title: `Which question does “${truncate(target.claim.quote)}” answer?`, matchOnDescription: true });
  if (!picked) return undefined;
  if (picked.plan) return picked.plan;
  const typed = await showInputBox({
    title: 'New question',
    value: picked.ask,
    prompt: 'The question the claims answer, e.g. How many people were detained?',
  });
  return typed?.trim() ? { question: typed, members: [target] } : undefined;
}

function truncate(text: string, max = 60): string {
  const points = [...text.replace(/\s+/g, ' ')];
  return points.length <= max ? points.join('') : `${points.slice(0, max - 1).join('')}…`;
}
