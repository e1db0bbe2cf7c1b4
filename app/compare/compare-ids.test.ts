import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseCompareIds } from "./compare-ids";

const ids = Array.from({ length: 5 }, () => randomUUID());

describe("compare ids", () => {
  it("accepts 2 to 4 distinct take ids, in order, ignoring repeats and spaces", () => {
    expect(parseCompareIds(`${ids[0]}, ${ids[1]},${ids[0]}`)).toEqual({ ok: true, ids: [ids[0], ids[1]] });
    expect(parseCompareIds(ids.slice(0, 4).join(","))).toEqual({ ok: true, ids: ids.slice(0, 4) });
    expect(parseCompareIds([ids[2], ids[3]])).toEqual({ ok: true, ids: [ids[2], ids[3]] });
  });

  it("refuses none, one, five, and anything that is not a take id", () => {
    expect(parseCompareIds(undefined)).toMatchObject({ ok: false, message: expect.stringMatching(/No takes/) });
    expect(parseCompareIds(`${ids[0]},${ids[0]}`)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/at least 2/),
    });
    expect(parseCompareIds(ids.join(","))).toMatchObject({ ok: false, message: expect.stringMatching(/at most 4/) });
    expect(parseCompareIds(`${ids[0]},../../etc`)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not take ids/),
    });
  });
});
