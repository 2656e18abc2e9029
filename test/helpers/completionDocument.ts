/** The small document the completion suites type into: one section, one measure, two scopes. */
export const completionDocument = `tom: 1
document:
  title: Test
  organization: Example GmbH
  role: processor
  language: en
  lastUpdated: 2026-10-01
scopes:
  offices:
    title: Offices Berlin
  cloud:
    title: {en: Cloud platform, de: Cloud-Plattform}
controls:
  - type: physical-access
    measures:
      - id: PA-01
        title: Key tokens
        cia: [C]
        kind: technical
        scope: [offices]
`;
