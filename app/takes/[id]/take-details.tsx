"use client";

import type { ReactNode } from "react";
import { Card, CardTitle } from "@/components/ui/card";
import { formatCost } from "@/lib/kling/pricing";
import { CAMERA_DELIVERY_LABELS } from "@/lib/kling/request";
import { describeCameraMove, modelLabel } from "@/lib/takes/describe";
import { formatElapsed } from "@/lib/takes/time-left";
import type { TakeView } from "@/lib/takes/view";
import { RequestBody } from "./request-body";
import type { TakeRecord } from "./take-record";

/** Every parameter, how the camera move travelled, Kling's ids and the body it received, the cost and the timings. */
export function TakeDetails({ take, record }: { take: TakeView; record: TakeRecord }) {
  const { params } = take;
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
      <Panel title="Parameters">
        <Row term="Model">
          {modelLabel(params.model_name)} <Code>{params.model_name}</Code>
        </Row>
        <Row term="Mode">{params.mode}</Row>
        <Row term="Duration">{params.duration} s</Row>
        <Row term="Aspect ratio">{params.aspect_ratio}</Row>
        <Row term="CFG scale">{params.cfg_scale}</Row>
        <Row term="Camera">
          {describeCameraMove(params.camera_intent)}
          {take.cameraDelivery ? (
            <span className="text-zinc-400">
              , {CAMERA_DELIVERY_LABELS[take.cameraDelivery]}
              {take.cameraDelivery === "prompt" && params.camera_sentence ? ":" : null}
            </span>
          ) : null}
          {take.cameraDelivery === "prompt" && params.camera_sentence ? (
            <span className="mt-1 block text-zinc-200">“{params.camera_sentence}”</span>
          ) : null}
          {params.camera_intent ? <Code block>{JSON.stringify(params.camera_intent)}</Code> : null}
        </Row>
        {params.sound !== null ? <Row term="Sound">{params.sound === "on" ? "On" : "Off"}</Row> : null}
        <Row term="Prompt">{params.prompt}</Row>
        <Row term="Negative prompt">{params.negative_prompt || <span className="text-zinc-400">none</span>}</Row>
      </Panel>
      <Panel title="Kling">
        <Row term="Task id">
          {take.upstreamTaskId ? (
            <Code>{take.upstreamTaskId}</Code>
          ) : (
            <span className="text-zinc-400">not assigned yet</span>
          )}
        </Row>
        <Row term="External task id">
          <Code>{take.id}</Code>
        </Row>
        <Row term="Kling status">{record.upstreamStatus ?? <span className="text-zinc-400">not asked yet</span>}</Row>
        <Row term="Status checks">
          {record.pollCount} quer{record.pollCount === 1 ? "y" : "ies"}, {record.submitAttempts} submit attempt
          {record.submitAttempts === 1 ? "" : "s"}
        </Row>
        <Row term={take.unitsCharged !== null ? "Units charged" : "Units (estimated)"}>
          {formatCost(take.unitsCharged ?? take.unitsEstimated)}
        </Row>
        {record.videoBytes ? <Row term="Video size">{(record.videoBytes / 1024 / 1024).toFixed(2)} MB</Row> : null}
      </Panel>
      <Panel title="Timings">
        <Row term="Created">
          <Time iso={take.createdAt} />
        </Row>
        <Row term="Submitted">
          <Time iso={take.submittedAt} since={take.createdAt} sinceLabel="waited" />
        </Row>
        <Row term="Kling finished">
          <Time iso={take.upstreamFinishedAt} since={take.submittedAt} sinceLabel="rendered in" />
        </Row>
        <Row term="Saved">
          <Time iso={take.finishedAt} since={take.upstreamFinishedAt ?? take.submittedAt} sinceLabel="after" />
        </Row>
        {take.finishedAt ? (
          <Row term="Total">{formatElapsed(Date.parse(take.finishedAt) - Date.parse(take.createdAt))}</Row>
        ) : null}
        {take.expectedRenderMs ? <Row term="Usual render time">{formatElapsed(take.expectedRenderMs)}</Row> : null}
      </Panel>
      <RequestBody body={record.requestBody} />
    </div>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card as="section" aria-label={title}>
      <CardTitle className="mb-2">{title}</CardTitle>
      <dl className="space-y-2 text-sm">{children}</dl>
    </Card>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] gap-2">
      <dt className="text-zinc-400">{term}</dt>
      <dd className="break-words text-zinc-100">{children}</dd>
    </div>
  );
}

function Code({ children, block }: { children: ReactNode; block?: boolean }) {
  return <code className={`${block ? "mt-1 block" : ""} break-all font-mono text-xs text-zinc-300`}>{children}</code>;
}

function Time({ iso, since, sinceLabel }: { iso: string | null; since?: string | null; sinceLabel?: string }) {
  if (!iso) return <span className="text-zinc-400">not yet</span>;
  const gap = since ? Date.parse(iso) - Date.parse(since) : undefined;
  return (
    <span>
      <time dateTime={iso} suppressHydrationWarning>
        {new Date(iso).toLocaleString()}
      </time>
      {gap !== undefined && sinceLabel ? (
        <span className="text-zinc-400">
          {" "}
          · {sinceLabel} {formatElapsed(gap)}
        </span>
      ) : null}
    </span>
  );
}
