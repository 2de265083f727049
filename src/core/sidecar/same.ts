/** Change detection, so callers never rewrite a sidecar whose content did not change. */
import { ANNOTATION_KEYS, SOURCE_KEYS, type Annotation, type DocumentSource, type Sidecar } from '../schema';
import { sortedAnnotations } from './canonicalWriter';

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Whether two annotation lists hold the same annotations, in any order. */
export function sameAnnotations(a: readonly Annotation[], b: readonly Annotation[]): boolean {
  if (a.length !== b.length) return false;
  const x = sortedAnnotations(a);
  const y = sortedAnnotations(b);
  return x.every((ax, i) => sameAnnotation(ax, y[i] as Annotation));
}

/** Whether two sidecars have the same content (what the canonical writer would write). */
export function sameSidecar(a: Sidecar, b: Sidecar): boolean {
  return (
    a.version === b.version && a.text === b.text && a.textHash === b.textHash && sameSource(a.source, b.source) && sameAnnotations(a.annotations, b.annotations)
  );
}

/** Whether two document sources are equal (absent and absent, or the same fields). */
export function sameSource(a: DocumentSource | undefined, b: DocumentSource | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return SOURCE_KEYS.every((key) => a[key] === b[key]);
}

function sameAnnotation(a: Annotation, b: Annotation): boolean {
  const x = a as Readonly<Record<string, unknown>>;
  const y = b as Readonly<Record<string, unknown>>;
  for (const key of ANNOTATION_KEYS) {
    const u = x[key];
    const v = y[key];
    if (key === 'attributes' && u !== undefined && v !== undefined) {
      if (!sameAttributes(u as Record<string, unknown>, v as Record<string, unknown>)) return false;
    } else if (u !== v) {
      return false;
    }
  }
  return true;
}

function sameAttributes(u: Record<string, unknown>, v: Record<string, unknown>): boolean {
  const keys = Object.keys(u);
  if (keys.length !== Object.keys(v).length) return false;
  return keys.every((k) => hasOwn(v, k) && u[k] === v[k]);
}
