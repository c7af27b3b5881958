import type { Block, DocumentModel } from '../../../../shared/documents/model';
import { plainText } from '../../../../shared/documents/model';

/** One block of the document model as HTML: the same content the PDF lays out. */
function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'title':
      return <h3 className="doc-title">{block.text}</h3>;
    case 'addressee':
      return <p className="doc-addressee">{block.text}</p>;
    case 'heading':
      return block.level === 1 ? (
        <h4 className="doc-h1">{block.text}</h4>
      ) : (
        <h5 className="doc-h2">{block.text}</h5>
      );
    case 'paragraph':
      return (
        <p
          className={`doc-p${block.indent === false ? '' : ' indent'} align-${block.align ?? 'justify'} ${block.size ?? 'body'}`}
        >
          {typeof block.text === 'string'
            ? block.text
            : block.text.map((run, i) =>
                run.bold ? <strong key={i}>{run.text}</strong> : <span key={i}>{run.text}</span>,
              )}
        </p>
      );
    case 'fields':
      return (
        <dl className={`doc-fields cols-${block.columns ?? 1}`}>
          {block.items.map((item, i) => (
            <div key={i}>
              <dt>{item.label}</dt>
              <dd>{item.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return (
        <div className="table-wrap">
          <table className="doc-table">
            <thead>
              <tr>
                {block.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'signatures':
      return (
        <ul className="doc-signatures">
          {block.items.map((item, i) => (
            <li key={i}>
              {item.label}
              {item.name ? `：${item.name}` : ''}
              {`\u3000${block.signLabel}：＿＿＿＿＿＿`}
            </li>
          ))}
        </ul>
      );
    case 'issuer':
      return (
        <div className="doc-issuer">
          {block.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
          <p>{block.date}</p>
        </div>
      );
    case 'qr':
      return block.caption ? <p className="doc-qr muted">{block.caption}</p> : null;
    case 'spacer':
    case 'pageBreak':
      return <hr className="doc-break" aria-hidden="true" />;
  }
}

/** A document model (minutes, notice, sign-in sheet) shown as a page on screen. */
export function DocumentView({ model }: { model: DocumentModel }) {
  return (
    <article className="doc-page" aria-label={model.meta.title} lang={model.locale}>
      {model.blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
      {model.blocks.length === 0 ? <p>{plainText(model.meta.title)}</p> : null}
    </article>
  );
}
