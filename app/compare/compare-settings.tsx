import type { CompareRow } from "./compare-rows";

/** The takes' settings, one column per take; rows that differ are highlighted and say so to screen readers. */
export function CompareSettings({ rows, takeIds }: { rows: CompareRow[]; takeIds: string[] }) {
  const differing = rows.filter((row) => row.differs).length;
  return (
    <section aria-labelledby="settings-heading" className="space-y-2">
      <h2 id="settings-heading" className="text-sm font-semibold text-zinc-300">
        Settings
      </h2>
      <p className="text-xs text-zinc-400">
        {differing === 0
          ? "All settings are the same."
          : `${differing} setting${differing === 1 ? " differs" : "s differ"}, highlighted.`}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full table-fixed text-left text-sm">
          <thead className="text-xs text-zinc-400">
            <tr>
              <th scope="col" className="w-28 py-1 pr-3 font-medium sm:w-40">
                Setting
              </th>
              {takeIds.map((id, index) => (
                <th key={id} scope="col" className="py-1 pr-3 font-medium">
                  Take {index + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((row) => (
              <tr
                key={row.label}
                data-differs={row.differs ? "" : undefined}
                className={row.differs ? "bg-amber-950/40" : undefined}
              >
                <th scope="row" className="py-1.5 pr-3 align-top font-medium text-zinc-300">
                  {row.label}
                  {row.differs ? (
                    <>
                      <span
                        aria-hidden
                        className="ml-1.5 rounded bg-amber-800 px-1 text-[10px] uppercase text-amber-100"
                      >
                        differs
                      </span>
                      <span className="sr-only"> (differs)</span>
                    </>
                  ) : null}
                </th>
                {takeIds.map((id, index) => (
                  <td
                    key={id}
                    className={`py-1.5 pr-3 align-top break-words ${row.differs ? "text-amber-100" : "text-zinc-300"}`}
                  >
                    {row.values[index]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
