import { Fragment } from 'react';
import { parseBody, type Inline } from '../model';
import './tips.css';

function Runs({ runs }: { runs: Inline[] }) {
  return runs.map((run, index) =>
    run.bold ? (
      <strong key={index}>{run.text}</strong>
    ) : (
      <Fragment key={index}>{run.text}</Fragment>
    ),
  );
}

/** A tip's text with its simple formatting, as React elements (the text is never parsed as HTML). */
export function TipBody({ body }: { body: string }) {
  return (
    <div className="tip-body">
      {parseBody(body).map((block, index) =>
        block.kind === 'list' ? (
          <ul key={index}>
            {block.items.map((item, i) => (
              <li key={i}>
                <Runs runs={item} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={index}>
            {block.lines.map((line, i) => (
              <Fragment key={i}>
                {i > 0 && <br />}
                <Runs runs={line} />
              </Fragment>
            ))}
          </p>
        ),
      )}
    </div>
  );
}
