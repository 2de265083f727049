/** Parsing speaker turns of a 1 MB transcript (the outline and speaker tagging use it). */
import { parseTurns } from '../src/core/transcript';

export function benchTranscript(): void {
  const block =
    'MARIA OKONJO, BYLINE: The crowd of 1,150 gathered on Feb. 9, 2026.\n\n(LAUGHTER)\n\n' +
    'OKONJO: She said: "We will stay." It was 9:30.\nUNIDENTIFIED PERSON #1: Yes.\n\n';
  const text = block.repeat(Math.ceil(1_000_000 / block.length));
  const times: number[] = [];
  let turns = 0;
  for (let run = 0; run < 7; run++) {
    const began = performance.now();
    turns = parseTurns(text).length;
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log('Transcript turns');
  console.log(`  parseTurns, ${(text.length / 1e6).toFixed(1)} MB, ${turns} turns: median ${median.toFixed(1)} ms (target: well under 50 ms)\n`);
}
