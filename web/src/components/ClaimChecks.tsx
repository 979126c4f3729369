/** The documents' own conclusions beside what the graph computes for the same question, with the check's verdict. */
import { CLAIM_CHECK, labelOf } from '../../../model/vocabulary.js';
import { useGql } from '../client/client.js';
import { graphql } from '../gql/index.js';
import { Citations } from './Citations.js';
import { ErrorNote, Loading } from './Status.js';

const ClaimChecksQuery = graphql(`query ClaimChecks {
  claimChecks { question verdict reported computed reason claim { id text evidence { ...Citation } } }
}`);

export function ClaimChecks() {
  const res = useGql(ClaimChecksQuery, {});
  if (res.isPending) return <Loading what="the report-level claims" />;
  if (res.isError) return <ErrorNote error={res.error} what="the report-level claims" />;
  return (
    <section aria-labelledby="claims-h" className="claim-checks">
      <h3 id="claims-h">What the documents conclude, beside what the graph computes</h3>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">The document says</th>
            <th scope="col">The graph computes</th>
            <th scope="col">Check</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {res.data.claimChecks.map((c) => (
            <tr key={c.claim.id} className={`v-${c.verdict}`}>
              <td>
                {c.claim.text}
                <details>
                  <summary>Citations ({c.claim.evidence.length})</summary>
                  <Citations evidence={c.claim.evidence} />
                </details>
              </td>
              <td>{c.computed}</td>
              <td>
                <strong>{labelOf(CLAIM_CHECK, c.verdict)}</strong>
              </td>
              <td>{c.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
