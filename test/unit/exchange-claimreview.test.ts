import assert from 'node:assert/strict';
import { hashText, normalizeText, type Annotation } from '../../src/core';
import { CLAIM_REVIEW_REQUIRED, exportClaimReview, ExportRefusedError, missingClaimReviewProperties, type ExportDocument } from '../../src/core/exchange';
import { at } from './exchange-samples.test';

const RAW = '\ufeffKATRIN SOLBERG, INTERIOR MINISTRY: About 1,150 people have been detained 🚔.\r\nThe union says 2,000.\r\n';

function doc(extra: (n: string) => Annotation[] = () => []): ExportDocument {
  const n = normalizeText(RAW);
  const annotations: Annotation[] = [
    at(n, 'KATRIN SOLBERG', { id: 'ssolberg', kind: 'speaker', speaker: 'Katrin Solberg' }),
    at(n, 'About 1,150 people have been detained 🚔', {
      id: 'cpolice1',
      kind: 'claim',
      by: 'ssolberg',
      verdict: 'Misleading',
      reviewUrl: 'https://factcheck.example/varnholm-detentions',
      author: 'Desk Nordic',
      modified: '2026-11-21T10:00:00.000Z',
    }),
    at(n, 'The union says 2,000', { id: 'cunion01', kind: 'claim' }),
    ...extra(n),
  ];
  return {
    path: 'wire/solberg.txt',
    text: RAW,
    sidecar: {
      version: 1,
      text: 'solberg.txt',
      textHash: hashText(n),
      source: { outlet: 'Meridian Wire', title: 'Varnholm detentions', url: 'https://meridian.example/varnholm', published: '2026-11-20', language: 'en' },
      annotations,
    },
  };
}

type Node = Record<string, unknown>;
const graphOf = (d: ExportDocument): Node[] => (JSON.parse(exportClaimReview([d]).files[0]?.content ?? '{}') as { '@graph': Node[] })['@graph'];

describe('The claimreview export (schema.org JSON-LD)', () => {
  it('writes every claim: a Claim with text, author from the attribution and appearance from the document source; a ClaimReview for one with a verdict', () => {
    const graph = graphOf(doc());
    assert.deepEqual(
      graph.map((n) => n['@type']),
      ['ClaimReview', 'Claim'],
    );
    const review = graph[0] as Node;
    assert.deepEqual(review, {
      '@type': 'ClaimReview',
      claimReviewed: 'About 1,150 people have been detained 🚔',
      reviewRating: { '@type': 'Rating', alternateName: 'Misleading' },
      url: 'https://factcheck.example/varnholm-detentions',
      author: { '@type': 'Person', name: 'Desk Nordic' },
      itemReviewed: {
        '@type': 'Claim',
        text: 'About 1,150 people have been detained 🚔',
        author: { '@type': 'Person', name: 'Katrin Solberg' },
        appearance: {
          '@type': 'CreativeWork',
          url: 'https://meridian.example/varnholm',
          headline: 'Varnholm detentions',
          datePublished: '2026-11-20',
          inLanguage: 'en',
          publisher: { '@type': 'Organization', name: 'Meridian Wire' },
        },
        datePublished: '2026-11-20',
      },
      datePublished: '2026-11-21',
    });
    assert.equal((graph[1] as Node).text, 'The union says 2,000');
  });

  it('gives every exported ClaimReview the properties the standard requires (a JSON-LD check over the whole graph)', () => {
    const d = doc((n) => [
      at(n, 'About 1,150 people', { id: 'cpart001', kind: 'claim', verdict: 'True', reviewUrl: 'http://check.example/a', author: 'Lena' }),
    ]);
    const content = JSON.parse(exportClaimReview([d]).files[0]?.content ?? '{}') as Node;
    assert.equal(content['@context'], 'https://schema.org');
    const reviews = (content['@graph'] as Node[]).filter((n) => n['@type'] === 'ClaimReview');
    assert.equal(reviews.length, 2);
    for (const r of reviews) assert.deepEqual(missingClaimReviewProperties(r), [], JSON.stringify(r));
    assert.deepEqual(missingClaimReviewProperties({ '@type': 'ClaimReview', claimReviewed: 'x', url: 'x' }), [
      ...CLAIM_REVIEW_REQUIRED.filter((p) => p !== 'claimReviewed' && p !== 'url'),
      'url (an absolute http(s) address)',
    ]);
  });

  it('refuses the whole export, listing every claim whose verdict lacks a review URL or an author', () => {
    const d = doc((n) => [
      at(n, 'About 1,150 people', { id: 'cnourl01', kind: 'claim', verdict: 'False', author: 'Lena' }),
      at(n, 'The union', { id: 'cnobody1', kind: 'claim', verdict: 'True' }),
    ]);
    assert.throws(
      () => exportClaimReview([d]),
      (error: unknown) => {
        assert.ok(error instanceof ExportRefusedError);
        const lines = error.message.split('\n');
        assert.match(lines[0] as string, /2 claim\(s\) with a verdict/);
        assert.deepEqual(lines.slice(1), [
          'wire/solberg.txt: claim cnourl01 "About 1,150 people": has a verdict but no reviewUrl',
          'wire/solberg.txt: claim cnobody1 "The union": has a verdict but no reviewUrl and no author',
        ]);
        return true;
      },
    );
  });
});
