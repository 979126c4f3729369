// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FRAMEWORK_ELEMENT } from '../../../model/vocabulary.js';
import { elementName, groupLabel } from '../model/vocabulary.js';
import { figureText } from './Findings.js';

describe('findings in the explorer', () => {
  it('writes a figure with its value or range, unit, period and population', () => {
    expect(
      figureText({ value: 1.2, low: 0.8, high: 1.6, unit: 'GBP saved per £1 spent', period: null, population: null }),
    ).toBe('1.2 (range 0.8 to 1.6) GBP saved per £1 spent');
    expect(
      figureText({ value: null, low: 30000, high: 122000, unit: 'GBP', period: '2012', population: 'each pilot' }),
    ).toBe('30,000 to 122,000 GBP; 2012; each pilot');
  });

  it('never shows a bare framework-element code', () => {
    expect(elementName('E7')).toBe(`E7: ${FRAMEWORK_ELEMENT.E7.label}`);
    expect(groupLabel('FRAMEWORK_ELEMENT', 'E11', 'E11')).toBe(`E11: ${FRAMEWORK_ELEMENT.E11.label}`);
    expect(groupLabel('ORGANISATION_TYPE', 'LOCAL_AUTHORITY', 'LOCAL_AUTHORITY')).toBe('Local authority');
    expect(groupLabel('PLACE', '', 'not recorded')).toBe('Not recorded');
  });
});
