/** The transcript document type: language association, outline, folding. */
import * as vscode from 'vscode';
import { languageId } from '../ids';
import { Services } from '../services';
import { bindAssociation } from './annotateFile';
import { TranscriptAssociation } from './association';
import { TranscriptSymbolProvider } from './documentSymbols';
import { TranscriptFoldingProvider } from './folding';
import { OutletBoilerplate } from './boilerplate';
import { TypingPause } from './pause';
import { BoilerplateTokensProvider, boilerplateLegend } from './semanticTokens';

export { annotateFile } from './annotateFile';

export function registerLanguageFeatures(services: Services): vscode.Disposable[] {
  const selector: vscode.DocumentSelector = { language: languageId };
  const association = new TranscriptAssociation(services);
  const boilerplate = new OutletBoilerplate();
  const pause = new TypingPause();
  return [
    boilerplate,
    pause,
    association,
    bindAssociation(services, association),
    vscode.languages.registerDocumentSymbolProvider(selector, new TranscriptSymbolProvider(boilerplate, pause), { label: 'Transcript outline' }),
    vscode.languages.registerFoldingRangeProvider(selector, new TranscriptFoldingProvider(boilerplate, pause)),
    vscode.languages.registerDocumentSemanticTokensProvider(selector, new BoilerplateTokensProvider(boilerplate, pause), boilerplateLegend),
  ];
}
