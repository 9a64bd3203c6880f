import type { PlanItem } from '@/db/schema';
import {
  caseRefProblem,
  checkDraft,
  draftOf,
  emptyDraft,
  fieldsOf,
  parseCaseRefs,
} from '@/features/plan/model';

const draft = (fields: Partial<ReturnType<typeof emptyDraft>> = {}) => ({
  ...emptyDraft('2026-11-24'),
  title: 'Træningsmøde',
  ...fields,
});

describe('case references', () => {
  it('splits on new lines, commas and semicolons', () => {
    expect(parseCaseRefs('Sag 12\n Sag  14 ,27.12.04-G01-3-19;; \n')).toEqual([
      'Sag 12',
      'Sag 14',
      '27.12.04-G01-3-19',
    ]);
  });

  it('accepts short references with a number and refuses names and CPR numbers', () => {
    expect(caseRefProblem('Sag 12')).toBeUndefined();
    expect(caseRefProblem('27.12.04-G01-3-19')).toBeUndefined();
    expect(caseRefProblem('Fru Hansen')).toBe('notReference');
    expect(caseRefProblem('Sag 12 fru Karen Hansen')).toBe('notReference');
    expect(caseRefProblem('x'.repeat(39) + '1')).toBeUndefined();
    expect(caseRefProblem('1'.repeat(41))).toBe('notReference');
    expect(caseRefProblem('010203-1234')).toBe('cpr');
    expect(caseRefProblem('0102031234')).toBe('cpr');
  });
});

describe('checkDraft', () => {
  it('needs a title and a date, and an end after the start', () => {
    expect(checkDraft(draft())).toEqual({});
    expect(checkDraft(draft({ title: '  ' })).title).toBe('required');
    expect(checkDraft(draft({ date: '' })).date).toBe('required');
    expect(checkDraft(draft({ startTime: '10:00', endTime: '09:00' })).endTime).toBe(
      'endBeforeStart',
    );
    expect(checkDraft(draft({ startTime: '10:00', endTime: '10:00' })).endTime).toBe(
      'endBeforeStart',
    );
    expect(checkDraft(draft({ startTime: '10:00' }))).toEqual({});
  });

  it('refuses CPR numbers in every free-text field', () => {
    expect(checkDraft(draft({ title: 'Om 010203-1234' })).title).toBe('cpr');
    expect(checkDraft(draft({ participants: 'Borger 0102031234' })).participants).toBe('cpr');
    expect(checkDraft(draft({ responsible: '010203 1234' })).responsible).toBe('cpr');
    expect(checkDraft(draft({ caseRefs: 'Sag 1\n010203-1234' })).caseRefs).toBe('cpr');
    expect(checkDraft(draft({ caseRefs: 'Sag 1\nHr. Jensen' })).caseRefs).toBe('notReference');
    const many = Array.from({ length: 21 }, (_, i) => `Sag ${i}`).join('\n');
    expect(checkDraft(draft({ caseRefs: many })).caseRefs).toBe('tooMany');
  });
});

describe('fieldsOf', () => {
  it('keeps case references only for a training meeting and stores no time as an empty string', () => {
    const training = fieldsOf(draft({ caseRefs: 'Sag 1, Sag 2' }));
    expect(training.caseRefs).toEqual(['Sag 1', 'Sag 2']);
    expect(training).toMatchObject({ startTime: '', endTime: '' });
    const info = fieldsOf(draft({ kind: 'information', caseRefs: 'Sag 1', startTime: '13:00' }));
    expect(info.caseRefs).toEqual([]);
    expect(info.startTime).toBe('13:00');
    // An end without a start means nothing; it is not stored.
    expect(fieldsOf(draft({ endTime: '12:00' })).endTime).toBe('');
  });

  it('round-trips a stored activity through the form', () => {
    const stored: PlanItem = {
      id: 'x',
      _hlc: {},
      date: '2026-11-24',
      startTime: '09:00',
      endTime: '10:00',
      title: 'Erfaringsmøde',
      kind: 'experience',
      status: 'done',
      responsible: 'Jonas',
      participants: 'Alle',
      caseRefs: [],
    };
    expect(fieldsOf(draftOf(stored))).toEqual({ ...stored, id: undefined, _hlc: undefined });
  });
});
