import nodeAssert from 'node:assert/strict';
import { isDeepStrictEqual as nodeIsDeepStrictEqual } from 'node:util';
import webAssert, { isDeepStrictEqual } from '../web/assert';

// Pairs that strict deep equality tells apart, or not, in ways a hand-written comparison gets wrong.
const cycle = (): object => {
  const value: { self?: object; n: number } = { n: 1 };
  value.self = value;
  return value;
};
const pairs: Array<[string, unknown, unknown]> = [
  ['equal numbers', 1, 1],
  ['NaN', Number.NaN, Number.NaN],
  ['0 and -0', 0, -0],
  ['number and string', 1, '1'],
  ['null and undefined', null, undefined],
  ['equal arrays', [1, [2, { a: 3 }]], [1, [2, { a: 3 }]]],
  ['arrays of other lengths', [1, 2], [1, 2, undefined]],
  ['sparse and undefined', [, 1], [undefined, 1]],
  ['missing and undefined key', { a: 1 }, { a: 1, b: undefined }],
  ['key order', { a: 1, b: 2 }, { b: 2, a: 1 }],
  ['array and object', [1], { 0: 1 }],
  ['prototypes', Object.create(null), {}],
  ['dates', new Date(5), new Date(5)],
  ['other dates', new Date(5), new Date(6)],
  ['regexps', /a/g, /a/g],
  ['other flags', /a/g, /a/i],
  [
    'maps',
    new Map<unknown, unknown>([
      [1, { a: 1 }],
      ['k', [2]],
    ]),
    new Map<unknown, unknown>([
      ['k', [2]],
      [1, { a: 1 }],
    ]),
  ],
  ['other maps', new Map([[1, 1]]), new Map([[1, 2]])],
  ['maps with object keys', new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  ['sets', new Set([1, 2, 3]), new Set([3, 2, 1])],
  ['sets of objects', new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }])],
  ['other sets', new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }])],
  ['typed arrays', new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  ['other typed arrays', new Uint8Array([1, 2]), new Uint8Array([1, 3])],
  ['typed array kinds', new Uint8Array([1]), new Int8Array([1])],
  ['errors', new Error('x'), new Error('x')],
  ['other errors', new Error('x'), new Error('y')],
  ['boxed', Object(1), Object(1)],
  ['boxed and primitive', Object(1), 1],
  ['cycles', cycle(), cycle()],
  ['symbol keys', { [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 }],
  ['nested undefined', { a: [undefined] }, { a: [null] }],
  ['strings with astral characters', 'a😀', 'a😀'],
];

describe('The assertions of the web test bundle', () => {
  it('compare values deeply exactly as node:assert/strict does', () => {
    for (const [what, a, b] of pairs) {
      const expected = nodeIsDeepStrictEqual(a, b);
      nodeAssert.equal(isDeepStrictEqual(a, b), expected, what);
      nodeAssert.equal(isDeepStrictEqual(b, a), expected, `${what}, reversed`);
      if (expected) webAssert.deepEqual(a, b, what);
      else nodeAssert.throws(() => webAssert.deepEqual(a, b), { name: 'AssertionError' }, what);
    }
  });

  it('fail and pass as node:assert/strict does for the other assertions', async () => {
    const agree = async (what: string, run: (assert: typeof webAssert) => unknown): Promise<void> => {
      const outcome = async (assert: typeof webAssert): Promise<boolean> => {
        try {
          await run(assert);
          return true;
        } catch {
          return false;
        }
      };
      nodeAssert.equal(await outcome(webAssert), await outcome(nodeAssert as unknown as typeof webAssert), what);
    };
    await agree('equal', (a) => a.equal(1, 1));
    await agree('equal fails', (a) => a.equal(1, 2));
    await agree('equal NaN', (a) => a.equal(Number.NaN, Number.NaN));
    await agree('equal objects', (a) => a.equal({}, {}));
    await agree('notEqual', (a) => a.notEqual(1, 2));
    await agree('notEqual fails', (a) => a.notEqual('x', 'x'));
    await agree('ok', (a) => a.ok('x'));
    await agree('ok fails', (a) => a.ok(''));
    await agree('callable', (a) => a(0));
    await agree('match', (a) => a.match('Okonjo said', /Okonjo/));
    await agree('match fails', (a) => a.match('Okonjo said', /Reyes/));
    await agree('doesNotMatch', (a) => a.doesNotMatch('Okonjo', /Reyes/));
    await agree('doesNotMatch fails', (a) => a.doesNotMatch('Okonjo', /jo/));
    await agree('fail', (a) => a.fail('no'));
    await agree('rejects', (a) => a.rejects(Promise.reject(new Error('x'))));
    await agree('rejects fails on resolving', (a) => a.rejects(Promise.resolve(1), 'message'));
    await agree('rejects with a pattern', (a) => a.rejects(Promise.reject(new Error('no such file')), /no such/));
    await agree('rejects with a pattern that does not match', (a) => a.rejects(Promise.reject(new Error('no such file')), /denied/));
    await agree('rejects with a class', (a) => a.rejects(Promise.reject(new TypeError('x')), TypeError));
    await agree('rejects with another class', (a) => a.rejects(Promise.reject(new Error('x')), TypeError));
  });

  it('keeps the message given', () => {
    nodeAssert.throws(() => webAssert.equal(1, 2, 'the count'), { message: 'the count', name: 'AssertionError' });
    nodeAssert.throws(() => webAssert.ok(false, new RangeError('own error')), RangeError);
  });
});
