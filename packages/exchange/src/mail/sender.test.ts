import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type DrainResult, OutboxSender } from './sender.ts';

const result = (sent: number, retried = 0, failed = 0): DrainResult => ({ sent, retried, failed });

test('the pause doubles while rounds fail, up to the maximum, and comes back after a round that sends', async () => {
  const rounds: (DrainResult | Error)[] = [
    result(0, 2),
    new Error('database unavailable'),
    result(0, 0, 1),
    result(0, 1),
    result(3),
    result(0),
  ];
  const sender = new OutboxSender(
    async () => {
      const next = rounds.shift();
      if (next instanceof Error) throw next;
      return next ?? result(0);
    },
    { intervalMs: 1000, maxIntervalMs: 5000 },
  );
  const pauses: number[] = [];
  for (let i = 0; i < 6; i++) {
    await sender.runRound();
    pauses.push(sender.nextInMs);
  }
  assert.deepEqual(pauses, [2000, 4000, 5000, 5000, 1000, 1000]);
});

test('started, it drains on its own; stopped, it waits for the round in progress and runs no more', async () => {
  let calls = 0;
  let inRound = false;
  const sender = new OutboxSender(
    async () => {
      calls += 1;
      inRound = true;
      await new Promise((resolve) => setTimeout(resolve, 30));
      inRound = false;
      return result(1);
    },
    { intervalMs: 5 },
  );
  sender.start();
  while (calls < 2) await new Promise((resolve) => setTimeout(resolve, 5));
  await sender.stop();
  assert.equal(inRound, false);
  const after = calls;
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(calls, after);
});
