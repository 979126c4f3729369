/** Reading 360Giving files and the ONS table, without Neo4j: column titles, JSON packages, Org IDs, dates, places. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromOrgId, placeValues, RecordSet, typeOf } from '../../api/features/io/formats/build.js';
import {
  dayOf,
  grantInitiativeId,
  grantsFromJson,
  grantsFromTables,
} from '../../api/features/io/formats/threesixtygiving.js';
import { CLI_LIMITS, readCsv, readXlsx } from '../../api/features/io/read.js';
import { onsArea, onsAreas, onsAreasNamed } from '../../api/features/places/ons.js';

const FIX = new URL('../fixtures/opendata/360giving/', import.meta.url);
const file = (name: string) => ({ name, content: readFileSync(new URL(name, FIX)) });

describe('360Giving files', () => {
  it('reads the standard CSV column titles into grants', () => {
    const set = new RecordSet('grants.csv');
    const grants = grantsFromTables(readCsv([file('grants.csv')], CLI_LIMITS).tables, set);
    expect(set.problems).toEqual([]);
    expect(grants.map((g) => g.identifier)).toEqual([
      '360G-LevermapExample-2021-001',
      '360G-LevermapExample-2021-002',
      '360G-LevermapExample-2021-003',
      '360G-LevermapExample-2021-004',
    ]);
    expect(grants[0]).toMatchObject({
      row: 2,
      amountAwarded: '12500',
      awardDate: '2021-03-01T00:00:00+00:00',
      funder: { orgId: '360G-LevermapExample', name: 'Example Community Foundation' },
      recipient: { orgId: 'GB-CHC-1000001', charityNumber: '1000001' },
      programme: { code: 'CF-FOOD', title: 'Food Resilience' },
      locations: [{ name: 'Gateshead', code: 'E08000037', codeType: 'LAD' }],
    });
  });

  it('reads the numbered GrantNav columns and a LibreOffice workbook the same way', async () => {
    const nav = grantsFromTables(readCsv([file('grantnav-export.csv')], CLI_LIMITS).tables, new RecordSet('x'));
    expect(nav[1]!.locations).toEqual([{ name: 'Gateshead', code: 'E08000037', codeType: 'LAD' }]);
    const wb = grantsFromTables(await readXlsx(file('grants-libreoffice.xlsx'), CLI_LIMITS), new RecordSet('x'));
    expect(wb.map((g) => g.identifier)).toHaveLength(4);
    // LibreOffice turned the company number 09999999 into a number: its zeros come back.
    expect(wb[3]!.recipient.companyNumber).toBe('09999999');
    expect(dayOf(wb[1]!.awardDate)).toBe('2022-02-15');
  });

  it('reads the JSON package and names a bad grant by its path', () => {
    const doc = JSON.parse(readFileSync(new URL('grants.json', FIX), 'utf8'));
    const set = new RecordSet('grants.json');
    const grants = grantsFromJson(doc, set);
    expect(grants[1]).toMatchObject({ amountAwarded: '9800.5', startDate: '2022-04-01', durationMonths: '12' });
    const bad = new RecordSet('bad.json');
    grantsFromJson({ grants: [{ id: 'x', plannedDates: 'soon' }] }, bad);
    expect(bad.problems).toEqual([expect.objectContaining({ row: 1, column: 'grants[0].plannedDates' })]);
    const none = new RecordSet('none.json');
    grantsFromJson({ organisations: [] }, none);
    expect(none.problems[0]!.reason).toContain('"grants" list');
  });

  it('a file with no 360Giving sheet is a problem naming the columns it needs', () => {
    const set = new RecordSet('people.csv');
    const tables = readCsv([{ name: 'people.csv', content: Buffer.from('name,age\nAnn,3\n') }], CLI_LIMITS).tables;
    expect(grantsFromTables(tables, set)).toEqual([]);
    expect(set.problems[0]!.reason).toMatch(/no sheet has the 360Giving column titles \(Identifier, Title/);
  });

  it('reads dates and datetimes as the day, and refuses what is not a date', () => {
    expect(dayOf('2021-03-01T00:00:00+00:00')).toBe('2021-03-01');
    expect(dayOf('2022-02-15T00:00:00.000Z')).toBe('2022-02-15');
    expect(dayOf('2022-02')).toBe('2022-02');
    expect(dayOf('next spring')).toBeNull();
    expect(dayOf(undefined)).toBeUndefined();
  });

  it('makes a grant id from its Identifier alone, apart for identifiers that differ only in case', () => {
    expect(grantInitiativeId('360G-A-1')).toBe(grantInitiativeId('360G-A-1'));
    expect(grantInitiativeId('360G-A-1')).not.toBe(grantInitiativeId('360G-a-1'));
    expect(grantInitiativeId('360G-A-1')).toMatch(/^ini-grant-360g-a-1-[0-9a-f]{8}$/);
  });
});

describe('Org IDs', () => {
  it('reads charity and company numbers and council or government types off the prefix', () => {
    expect(fromOrgId('GB-CHC-1000001')).toEqual({ charityNumber: '1000001' });
    expect(fromOrgId('gb-coh-09999999')).toEqual({ companyNumber: '09999999' });
    expect(fromOrgId('GB-SC-SC012345')).toEqual({ charityNumber: 'SC012345' });
    expect(fromOrgId('GB-LAE-GAT')).toEqual({ type: 'LOCAL_AUTHORITY' });
    expect(fromOrgId('GB-GOR-D1')).toEqual({ type: 'NATIONAL_BODY' });
    expect(fromOrgId('360G-LevermapExample')).toEqual({});
  });

  it('types a new organisation only from what the file says', () => {
    const base = { row: 2, record: 'r', sourceId: 's' };
    expect(typeOf({ ...base, role: 'FUNDER', orgId: '360G-X' })).toBe('FUNDER');
    expect(typeOf({ ...base, role: 'FUNDER', orgId: 'GB-LAE-GAT' })).toBe('LOCAL_AUTHORITY');
    expect(typeOf({ ...base, role: 'RECIPIENT', orgId: 'GB-CHC-1000001' })).toBe('VCSE');
    expect(typeOf({ ...base, role: 'RECIPIENT', orgId: 'GB-COH-09999999' })).toBe('OTHER');
  });
});

describe('ONS places', () => {
  it('holds every English authority once, with tier and county', () => {
    const areas = onsAreas();
    expect(new Set(areas.map((a) => a.code)).size).toBe(areas.length);
    expect(onsArea('e08000010')).toMatchObject({ name: 'Wigan', tier: 'METROPOLITAN_DISTRICT', upperTier: null });
    expect(onsArea('E07000030')).toMatchObject({ name: 'Eden', upperTier: 'E10000006' });
    expect(onsArea('E10000006')).toMatchObject({ name: 'Cumbria', tier: 'COUNTY' });
    expect(onsArea('W06000001')).toBeNull();
    expect(onsAreasNamed('  gateshead ')).toHaveLength(1);
  });

  it('places a location by ONS code first, with the table name', () => {
    expect(placeValues({ code: 'e08000037', name: 'Gateshead borough' })).toEqual({
      code: 'E08000037',
      name: 'Gateshead',
      kind: 'LA_AREA',
    });
    expect(placeValues({ name: 'Wigan' })).toEqual({ code: 'E08000010', name: 'Wigan', kind: 'LA_AREA' });
    expect(placeValues({ code: 'E12000001', name: 'North East' })).toEqual({
      code: 'E12000001',
      name: 'North East',
      kind: 'REGION',
    });
    expect(placeValues({ name: 'Somewhere' })).toBeNull();
  });
});
