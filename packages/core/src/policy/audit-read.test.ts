import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditReadableEntities, readAuditRow } from './index.ts';
import { testActor } from './rule-table.ts';

const row = (entity: string, after: unknown, action = 'x.y.z') => ({
  id: 1,
  actorEmail: 'writer@example.org',
  action,
  entity,
  entityId: 'e-1',
  before: null,
  after,
});

test('the secretariat reads every row as written, the writer e-mail included', () => {
  const r = row('user', { email: 'a@example.org', role: 'reviewer' });
  assert.deepEqual(readAuditRow(testActor('secretariat'), r), r);
});

test('an entity without an audit read rule is the secretariat alone', () => {
  assert.ok(!auditReadableEntities().includes('user'));
  assert.equal(readAuditRow(testActor('co_chair'), row('user', { email: 'a@example.org' })), null);
  assert.equal(readAuditRow(testActor('co_chair'), row('exchange_thread', { title: 't' })), null);
});

test('co-chairs read focal points without contacts, and no writer e-mail', () => {
  const seen = readAuditRow(
    testActor('co_chair'),
    row('process_focal_point', { name: 'N', email: 'n@example.org', phone: '+1 555', country_iso3: 'FRA' }),
  );
  assert.deepEqual(seen?.after, { name: 'N', country_iso3: 'FRA' });
  assert.equal(seen?.actorEmail, null);
});

test('co-chairs read a disclosure row only when it publishes the disclosure', () => {
  const coChair = testActor('co_chair');
  const review = 'tailings.disclosure.review';
  assert.equal(
    readAuditRow(coChair, row('tailings_disclosure', { changes: {} }, 'tailings.disclosure.submit')),
    null,
  );
  assert.equal(readAuditRow(coChair, row('tailings_disclosure', { status: 'returned' }, review)), null);
  assert.deepEqual(
    readAuditRow(coChair, row('tailings_disclosure', { status: 'published' }, review))?.after,
    {
      status: 'published',
    },
  );
});
