import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { countryName } from '@/domain/codes/countries';
import type { Language } from '@/domain/codes/languages';
import type { CountryDatum, LegendItem } from '../lib/map-data';
import { NO_PROJECTS_COLOUR } from '../lib/colours';
import { isArrowKey, stateByLetter, stateInDirection } from '../lib/spatial-focus';
import { worldMap } from '../lib/world-geometry';
import { ExportLegend } from './export-legend';
import { ChoroplethPreview } from './choropleth-preview';
import { MapTooltip } from './map-tooltip';

export interface ChoroplethProps {
  data: ReadonlyMap<string, CountryDatum>;
  /** The fill of a state with projects. */
  fillOf: (datum: CountryDatum) => string;
  /** States in the Country filter: outlined. */
  selected: ReadonlySet<string>;
  /** States of the highlighted region, outlined together; empty for none. */
  highlight: ReadonlySet<string>;
  label: string;
  lang: Language;
  /** The accessible name of a state with projects: "China: US$1,234,567 · 12 projects". */
  describe: (datum: CountryDatum) => string;
  onSelect: (code: string) => void;
  /**
   * A picture only (the Overview's compact map): states of one colour are drawn as one path, so
   * the map costs a dozen DOM nodes instead of two hundred; filtering stays in its table view.
   */
  preview?: boolean;
  legend: { title: string; items: LegendItem[] };
}

interface Active {
  code: string | undefined;
  name: string;
  d: string;
  /** Where the tooltip points, in the drawing's units. */
  at: [number, number];
}

/**
 * The world with each benefiting state filled by its class. States with projects are buttons
 * (Enter or Space or a click applies the Country filter); the rest are decoration. The map is
 * one Tab stop (roving focus): arrow keys move to the nearest state that way, Home and End to
 * the first and last by name, a letter to the next state of that initial.
 * Fills are attributes, not CSS, so the PNG download shows them.
 */
export function Choropleth({
  data,
  fillOf,
  selected,
  highlight,
  label,
  lang,
  describe,
  onSelect,
  legend,
  preview = false,
}: ChoroplethProps) {
  const world = worldMap();
  if (preview)
    return (
      <ChoroplethPreview
        world={world}
        data={data}
        fillOf={fillOf}
        selected={selected}
        label={label}
      />
    );
  return (
    <InteractiveChoropleth
      world={world}
      data={data}
      fillOf={fillOf}
      selected={selected}
      highlight={highlight}
      label={label}
      lang={lang}
      describe={describe}
      onSelect={onSelect}
      legend={legend}
    />
  );
}

function InteractiveChoropleth({
  world,
  data,
  fillOf,
  selected,
  highlight,
  label,
  lang,
  describe,
  onSelect,
  legend,
}: Omit<ChoroplethProps, 'preview'> & { world: ReturnType<typeof worldMap> }) {
  const [active, setActive] = useState<Active | undefined>();
  const [current, setCurrent] = useState<string | undefined>();
  const svgRef = useRef<SVGSVGElement>(null);
  const collator = useMemo(() => new Intl.Collator(lang, { sensitivity: 'base' }), [lang]);
  // States with projects come last, in name order, so the Tab order reads like an index. The
  // shapes are sorted by name once a language; a view only picks those with projects.
  const byName = useMemo(() => {
    const named = world.shapes.filter((s) => s.code !== undefined);
    const names = new Map(named.map((s) => [s.code!, countryName(s.code!, lang)]));
    return named.sort((a, b) => collator.compare(names.get(a.code!)!, names.get(b.code!)!));
  }, [world, lang, collator]);
  // Every shape in one fixed order (states by name, then the shapes the table does not know), each
  // keyed by its state: a filter that gives a state projects, or takes them away, changes that
  // path's fill and attributes instead of moving it between two groups (a new element, its outline
  // read again).
  const shapes = useMemo(() => {
    const named = new Set(byName);
    return [...byName, ...world.shapes.filter((s) => !named.has(s))].map((s) => ({
      shape: s,
      key: s.code ?? `${s.atlasName}-${world.shapes.indexOf(s)}`,
    }));
  }, [world, byName]);
  const interactive = useMemo(() => byName.filter((s) => data.has(s.code!)), [byName, data]);
  const highlightPath = useMemo(
    () => (highlight.size > 0 ? world.outline(highlight) : ''),
    [world, highlight],
  );
  const selectedPath = useMemo(
    () => (selected.size > 0 ? world.outline(selected) : ''),
    [world, selected],
  );

  const pointAt = (event: PointerEvent<SVGElement>): [number, number] => {
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box || box.width === 0) return [0, 0];
    const k = world.width / box.width;
    return [(event.clientX - box.left) * k, (event.clientY - box.top) * k];
  };
  // The Tab stop: the state last focused, else the first selected one, else the first by name.
  const tabStop =
    (current && data.has(current) ? current : undefined) ??
    interactive.find((s) => selected.has(s.code!))?.code ??
    interactive[0]?.code;
  const ordered = useMemo(
    () => interactive.map((s) => ({ code: s.code!, name: data.get(s.code!)?.name ?? s.code! })),
    [interactive, data],
  );
  const moveTo = (code: string | undefined) => {
    if (!code) return;
    setCurrent(code);
    svgRef.current?.querySelector<SVGPathElement>(`[data-code="${code}"]`)?.focus();
  };
  const onKeyDown = (code: string) => (event: KeyboardEvent<SVGPathElement>) => {
    const from = interactive.find((s) => s.code === code);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(code);
    } else if (isArrowKey(event.key) && from) {
      event.preventDefault();
      const points = interactive.map((s) => ({ code: s.code!, anchor: s.anchor }));
      moveTo(stateInDirection({ code, anchor: from.anchor }, points, event.key));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      moveTo((event.key === 'Home' ? ordered[0] : ordered.at(-1))?.code);
    } else if (
      event.key.length === 1 &&
      /\p{L}/u.test(event.key) &&
      !event.ctrlKey &&
      !event.metaKey
    ) {
      moveTo(stateByLetter(event.key, code, ordered, collator));
    }
  };
  const activeDatum = active?.code ? data.get(active.code) : undefined;

  return (
    <div className="map-canvas" style={{ aspectRatio: `${world.width} / ${world.height}` }}>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${world.width} ${world.height}`}
        className="map-svg"
        role="group"
        aria-label={label}
        onPointerLeave={() => setActive(undefined)}
      >
        {/* The sea: pointing at it hides the tooltip of the state the pointer left. */}
        <rect
          className="map-sea"
          width={world.width}
          height={world.height}
          fill="#ffffff"
          onPointerMove={() => setActive(undefined)}
        />
        <g>
          {shapes.map(({ shape: s, key }) => {
            const datum = s.code ? data.get(s.code) : undefined;
            // A state without projects, or a shape the table does not know: decoration only.
            if (!datum)
              return (
                <path
                  key={key}
                  d={s.d}
                  fill={NO_PROJECTS_COLOUR}
                  stroke="#ffffff"
                  strokeWidth={0.5}
                  aria-hidden="true"
                  onPointerMove={(e) =>
                    setActive({
                      code: s.code,
                      name: s.code ? countryName(s.code, lang) : s.atlasName,
                      d: s.d,
                      at: pointAt(e),
                    })
                  }
                />
              );
            return (
              <path
                key={key}
                d={s.d}
                className="map-country"
                fill={fillOf(datum)}
                stroke="#ffffff"
                strokeWidth={0.5}
                data-code={datum.code}
                role="button"
                tabIndex={datum.code === tabStop ? 0 : -1}
                aria-label={describe(datum)}
                aria-pressed={selected.has(datum.code)}
                onClick={() => onSelect(datum.code)}
                onKeyDown={onKeyDown(datum.code)}
                onFocus={() => {
                  setCurrent(datum.code);
                  setActive({ code: datum.code, name: datum.name, d: s.d, at: s.anchor });
                }}
                onBlur={() => setActive(undefined)}
                onPointerMove={(e) =>
                  setActive({ code: datum.code, name: datum.name, d: s.d, at: pointAt(e) })
                }
              />
            );
          })}
        </g>
        <g aria-hidden="true" pointerEvents="none" fill="none">
          <path d={world.regionBorders} stroke="#3b4550" strokeWidth={0.8} strokeLinejoin="round" />
          {highlightPath ? (
            <path
              className="map-highlight"
              d={highlightPath}
              stroke="#1b2733"
              strokeWidth={2.5}
              strokeLinejoin="round"
            />
          ) : null}
          {selectedPath ? (
            <path d={selectedPath} stroke="#000000" strokeWidth={1.8} strokeLinejoin="round" />
          ) : null}
          {active ? (
            <path
              className="map-active"
              d={active.d}
              stroke="#c75300"
              strokeWidth={2}
              strokeLinejoin="round"
            />
          ) : null}
        </g>
        <ExportLegend title={legend.title} items={legend.items} height={world.height} />
      </svg>
      {active ? (
        <MapTooltip
          name={active.name}
          datum={activeDatum}
          selected={active.code !== undefined && selected.has(active.code)}
          lang={lang}
          left={active.at[0] / world.width}
          top={active.at[1] / world.height}
        />
      ) : null}
    </div>
  );
}
